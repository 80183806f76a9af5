/** Price and SLA sources a student can follow: links that work, no internal file names, no raw ids. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitLinks } from '../../../src/lib/i18n/links.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { registerBundles } from '../../../src/lib/i18n/messages/index.ts';
import { allBundles } from '../../../src/lib/i18n/messages/all.ts';
import { evaluateAvailability } from '../../../src/engine/index.ts';
import { defaultSlas } from '../../../src/data/slas.ts';

registerBundles(allBundles);

describe('sources', () => {
  it.each(['quicksight', 'codebuild', 'ec2', 'slas'])('the %s catalog cites no internal file', (name) => {
    const text = readFileSync(`src/data/${name}.json`, 'utf8');
    expect(text).not.toMatch(/domain\.md|domain reference|section \d/);
  });

  it('splits a source at its web address, leaving trailing punctuation outside the link', () => {
    expect(splitLinks('Source: https://aws.amazon.com/s3/sla/ (as of 2023).')).toEqual([
      { text: 'Source: ' },
      { text: 'https://aws.amazon.com/s3/sla/', href: 'https://aws.amazon.com/s3/sla/' },
      { text: ' (as of 2023).' },
    ]);
    expect(splitLinks('secondary sources')).toEqual([{ text: 'secondary sources' }]);
    expect(splitLinks('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }]);
  });
});

describe('an SLA in a formula is named by its service, not by its catalog id', () => {
  it('writes "SLA de Elastic Load Balancing, multi-AZ", never "SLA de elb-multi-az"', () => {
    const item = evaluateAvailability({ architecture: { kind: 'component', id: 'elb', name: 'ELB', sla: 'elb-multi-az' } }, defaultSlas()).lines.find((l) => l.key === 'availability.component.sla')!;
    expect(item.text).toBe('ELB: Elastic Load Balancing, multi-AZ SLA 99.99% = 0.9999 (an SLA is a contract floor, not a measured availability)');
    const es = new I18n('es').line(item);
    expect(es).toBe('ELB: SLA de Elastic Load Balancing, multi-AZ del 99,99 % = 0,9999 (un SLA es un mínimo contractual, no una disponibilidad medida)');
    expect(es).not.toContain('elb-multi-az');
  });
});
