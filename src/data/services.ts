/**
 * The service catalog that architecture nodes are priced with (us-east-1): load balancers, RDS,
 * Route 53, S3, Lambda, OpenSearch, EMR and Glue from `services.json`, plus one
 * `ec2-<type>-hour` service per instance type and one `ebs-<type>-gb-month` per volume type of the EC2 catalog (`ec2.json`, reused, not
 * copied). Every entry has its value, unit, source, as-of date and `unconfirmed` flag, validated
 * when this module loads.
 */
import raw from './services.json';
import { catalogRecord, loadPriceEntry, type PriceEntry, EngineError, joinPath, parseDecimal, type ServicePrices } from '../engine/index.ts';
import { ec2Catalog } from './ec2.ts';

/** The groups the editor lists services under, in order. */
export const SERVICE_GROUPS = ['ec2', 'elb', 'rds', 'route53', 's3', 'lambda', 'opensearch', 'emr', 'glue'] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

/** One service of the catalog. */
export interface ServiceEntry extends PriceEntry {
  readonly id: string;
  readonly group: ServiceGroup;
  /** English name (the UI shows it as is: a product name). */
  readonly name: string;
  /** The unit of the quantity ("hours", "GB-month", "million requests"...). */
  readonly quantityUnit: string;
  /** The quantity a new item starts with (730 hours = the 730-hour month). */
  readonly defaultQuantity: string;
  /** Per-hour services billed per run: the least seconds a run bills. */
  readonly minimumSeconds?: string;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new EngineError('required', path);
  return value.slice(0, 200);
}

/** Validate a service catalog (the shipped JSON, or an imported one). */
export function loadServiceCatalog(json: unknown): readonly ServiceEntry[] {
  const root = catalogRecord(json, '', 'a service catalog');
  const services = catalogRecord(root.services, 'services', 'services by id');
  const out: ServiceEntry[] = [];
  for (const [id, value] of Object.entries(services)) {
    const path = joinPath('services', id);
    const e = catalogRecord(value, path, 'a service entry');
    const group = e.group;
    if (typeof group !== 'string' || !(SERVICE_GROUPS as readonly string[]).includes(group)) {
      throw new EngineError('unknown_option', joinPath(path, 'group'), { value: typeof group === 'string' ? group.slice(0, 40) : typeof group, allowed: SERVICE_GROUPS.join(', ') });
    }
    const entry = loadPriceEntry(value, path);
    const defaultQuantity = text(e.defaultQuantity, joinPath(path, 'defaultQuantity'));
    parseDecimal(defaultQuantity, joinPath(path, 'defaultQuantity'));
    let minimumSeconds: string | undefined;
    if (e.minimumSeconds !== undefined) {
      minimumSeconds = text(e.minimumSeconds, joinPath(path, 'minimumSeconds'));
      parseDecimal(minimumSeconds, joinPath(path, 'minimumSeconds'));
    }
    out.push(
      Object.freeze({
        ...entry,
        id,
        group: group as ServiceGroup,
        name: text(e.name, joinPath(path, 'name')),
        quantityUnit: text(e.quantityUnit, joinPath(path, 'quantityUnit')),
        defaultQuantity,
        ...(minimumSeconds !== undefined ? { minimumSeconds } : {}),
      }),
    );
  }
  return out;
}

/** The region every service price is for. */
export const SERVICE_REGION: string = typeof raw.region === 'string' ? raw.region : 'us-east-1';
const REGION = SERVICE_REGION;

/** The EC2 instance types of `region` as services "ec2-<type>-hour". */
function ec2Services(region: string): ServiceEntry[] {
  const byType = Object.prototype.hasOwnProperty.call(ec2Catalog.instances, region) ? ec2Catalog.instances[region] : undefined;
  return Object.entries(byType ?? {}).map(([type, e]) =>
    Object.freeze({ ...e, id: `ec2-${type}-hour`, group: 'ec2' as const, name: `EC2 ${type}`, quantityUnit: 'hours', defaultQuantity: '730' }),
  );
}

/** The EBS volume types of `region` as services "ebs-<type>-gb-month". */
function ebsServices(region: string): ServiceEntry[] {
  const byType = Object.prototype.hasOwnProperty.call(ec2Catalog.ebs, region) ? ec2Catalog.ebs[region] : undefined;
  return Object.entries(byType ?? {}).flatMap(([type, e]) =>
    e ? [Object.freeze({ ...e, id: `ebs-${type}-gb-month`, group: 'ec2' as const, name: `EBS ${type} volume`, quantityUnit: 'GB-month', defaultQuantity: '30' })] : [],
  );
}

/** Every service, EC2 first, then the order of `services.json`. */
export const SERVICE_CATALOG: readonly ServiceEntry[] = Object.freeze([...ec2Services(REGION), ...ebsServices(REGION), ...loadServiceCatalog(raw)]);

/** The service with this id, or undefined. */
export function findService(id: string): ServiceEntry | undefined {
  return SERVICE_CATALOG.find((s) => s.id === id);
}

/** The plain price table the engine takes (`ScenarioCatalogs.services`): a fresh object each call. */
export function defaultServicePrices(): ServicePrices {
  const out: Record<string, { price: string; quantityUnit: string; minimumSeconds?: string; name: string }> = {};
  for (const s of SERVICE_CATALOG) {
    out[s.id] = { price: s.value, quantityUnit: s.quantityUnit, name: s.name, ...(s.minimumSeconds !== undefined ? { minimumSeconds: s.minimumSeconds } : {}) };
  }
  return out;
}
