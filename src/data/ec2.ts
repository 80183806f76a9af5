/**
 * Default EC2 off-hours prices with their provenance, loaded from `ec2.json` and validated at
 * load time: on-demand Linux instance prices by region and type (exactly domain.md section 3's
 * table, sa-east-1 m5.large flagged UNCONFIRMED), EBS per GB-month by region and volume type
 * (only the four values domain.md lists), and the public IPv4 / Elastic IP hourly price.
 */
import raw from './ec2.json';
import { catalogRecord, loadPriceEntry, type PriceEntry, EBS_VOLUME_TYPES, type EbsVolumeType, type Ec2Prices, EngineError, joinPath } from '../engine/index.ts';

/** The EC2 catalog. */
export interface Ec2Catalog {
  readonly service: string;
  /** USD per instance-hour, by region code then instance type. */
  readonly instances: Readonly<Record<string, Readonly<Record<string, PriceEntry>>>>;
  /** USD per GB-month, by region code then volume type (only where a value is known). */
  readonly ebs: Readonly<Record<string, Readonly<Partial<Record<EbsVolumeType, PriceEntry>>>>>;
  /** USD per hour for each public IPv4 address (Elastic IPs included). */
  readonly publicIpv4: PriceEntry;
}

const INSTANCE_UNIT = 'USD per instance-hour';
const EBS_UNIT = 'USD per GB-month';
const IP_UNIT = 'USD per IP-hour';

/**
 * Validate an EC2 catalog (the shipped JSON, or an imported one).
 * @throws EngineError with the path of the first bad field (e.g. "instances.sa-east-1.m5.large.value")
 */
export function loadEc2Catalog(json: unknown): Ec2Catalog {
  const root = catalogRecord(json, '', 'an EC2 catalog');
  const instancesRaw = catalogRecord(root.instances, 'instances', 'instance prices by region');
  const instances: Record<string, Readonly<Record<string, PriceEntry>>> = {};
  for (const [region, types] of Object.entries(instancesRaw)) {
    const byType: Record<string, PriceEntry> = {};
    for (const [type, e] of Object.entries(catalogRecord(types, joinPath('instances', region), 'instance prices by type'))) {
      byType[type] = loadPriceEntry(e, joinPath('instances', region, type), INSTANCE_UNIT);
    }
    instances[region] = Object.freeze(byType);
  }
  const ebsRaw = catalogRecord(root.ebs, 'ebs', 'EBS prices by region');
  const ebs: Record<string, Readonly<Partial<Record<EbsVolumeType, PriceEntry>>>> = {};
  for (const [region, types] of Object.entries(ebsRaw)) {
    const byType: Partial<Record<EbsVolumeType, PriceEntry>> = {};
    for (const [type, e] of Object.entries(catalogRecord(types, joinPath('ebs', region), 'EBS prices by volume type'))) {
      if (!(EBS_VOLUME_TYPES as readonly string[]).includes(type)) {
        throw new EngineError('unknown_option', joinPath('ebs', region, type), { value: type, allowed: EBS_VOLUME_TYPES.join(', ') });
      }
      byType[type as EbsVolumeType] = loadPriceEntry(e, joinPath('ebs', region, type), EBS_UNIT);
    }
    ebs[region] = Object.freeze(byType);
  }
  return Object.freeze({
    service: typeof root.service === 'string' ? root.service : 'Amazon EC2',
    instances: Object.freeze(instances),
    ebs: Object.freeze(ebs),
    publicIpv4: loadPriceEntry(root.publicIpv4, 'publicIpv4', IP_UNIT),
  });
}

/** The shipped EC2 catalog (validated when this module loads). */
export const ec2Catalog: Ec2Catalog = loadEc2Catalog(raw);

/** Region codes that have at least one default instance price. */
export const EC2_REGIONS: readonly string[] = Object.freeze(Object.keys(ec2Catalog.instances));

/** Instance types with a default price in `region` (empty for an unknown region). */
export function ec2InstanceTypes(region: string): readonly string[] {
  const byType = Object.prototype.hasOwnProperty.call(ec2Catalog.instances, region) ? ec2Catalog.instances[region] : undefined;
  return Object.freeze(Object.keys(byType ?? {}));
}

/** The catalog entry (value, source, as-of, unconfirmed flag) of an instance type in a region. */
export function ec2InstancePriceEntry(region: string, type: string): PriceEntry | undefined {
  const byType = Object.prototype.hasOwnProperty.call(ec2Catalog.instances, region) ? ec2Catalog.instances[region] : undefined;
  return byType && Object.prototype.hasOwnProperty.call(byType, type) ? byType[type] : undefined;
}

/**
 * A fresh, plain price object for `region` and instance `type`, ready to be overridden and passed
 * to the engine. `instanceHourly` is absent when the catalog has no price for that pair (the
 * engine then asks for one with `unknown_price`); `ebsGbMonth` holds only the region's known
 * volume prices.
 */
export function defaultEc2Prices(region: string, type: string): Ec2Prices {
  const instance = ec2InstancePriceEntry(region, type);
  const ebsByType = Object.prototype.hasOwnProperty.call(ec2Catalog.ebs, region) ? ec2Catalog.ebs[region] : undefined;
  const ebsGbMonth: Partial<Record<EbsVolumeType, string>> = {};
  for (const t of EBS_VOLUME_TYPES) {
    const e = ebsByType?.[t];
    if (e) ebsGbMonth[t] = e.value;
  }
  return {
    ...(instance ? { instanceHourly: instance.value } : {}),
    ebsGbMonth,
    publicIpv4Hourly: ec2Catalog.publicIpv4.value,
  };
}
