import { defaultSlas } from '../../../../src/data/slas.ts';

/** The SLA catalog's ids ("elb-multi-az"): a formula names the service instead. */
export const SLA_CATALOG_IDS: readonly string[] = Object.keys(defaultSlas());
