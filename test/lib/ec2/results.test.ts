import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Harness from '../Harness.svelte';
import Ec2Editor from '../../../src/lib/components/ec2/Ec2Editor.svelte';
import { ALWAYS_ON, ec2Doc } from './fixtures.ts';
import type { Ec2Doc } from '../../../src/lib/state/scenario.svelte.ts';

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];
});

function mount(change: (c: Ec2Doc) => void) {
  render(Harness, { view: Ec2Editor, each: 'ec2', makeDoc: () => ec2Doc(change) });
}

/** The cells of the results table row named `name`: [always on, with the schedule]. */
function row(name: string | RegExp): string[] {
  const table = screen.getByRole('table', { name: /^Monthly cost of/ });
  const r = within(table).getByRole('row', { name: typeof name === 'string' ? new RegExp(`^${name}`) : name });
  return within(r).getAllByRole('cell').map((c) => c.textContent?.trim() ?? '');
}

function figure(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent?.trim() ?? '';
}

describe('EC2 results', () => {
  it('office hours on 2 x t3.medium in us-east-1: savings worked out by hand', async () => {
    const user = userEvent.setup();
    mount((c) => {
      c.input.count = '2';
      c.input.schedule.periods = ALWAYS_ON.map((p) => ({ ...p, days: [...p.days] }));
      c.input.publicIpv4 = false;
      c.input.volumes = [{ type: 'gp3', sizeGb: '30', count: '1' }];
    });
    // Always on before the preset: nothing saved.
    expect(figure('Savings per month')).toBe('$0.00 (0%)');
    await user.click(screen.getByRole('button', { name: 'Office hours (Mon–Fri 09–17)' }));
    // 40 h/week x 730/168 = 173.8095 h; x $0.0416 x 2 = $14.4610. Always on: 730 h x $0.0416 x 2 = $60.736.
    expect(row('Compute')).toEqual(['$60.74', '$14.46']);
    // EBS: 30 GB x $0.08 x 2 instances = $4.80 in BOTH columns (billed while stopped).
    expect(row('EBS storage')).toEqual(['$4.80', '$4.80']);
    expect(within(screen.getByRole('table', { name: /^Monthly cost of/ })).getByRole('row', { name: /EBS storage/ })).toHaveTextContent('not saved');
    expect(row('Total per month')).toEqual(['$65.54', '$19.26']);
    // Savings $60.736 - $14.4610 = $46.2750 = 70.6% of $65.536; compute alone 128/168 = 76.2%.
    expect(figure('Savings per month')).toBe('$46.28 (70.6%)');
    expect(figure('Compute-only savings')).toBe('$46.28 (76.2%)');
    expect(figure('Hours per instance')).toBe('173.81 h running, 173.81 h billed, of 730 h');
    // 5 runs/week x 730/168 = 21.73 runs/month.
    expect(figure('Runs (starts) per month')).toBe('21.73 per instance');
    expect(screen.getByText(/Not saved by the schedule/)).toHaveTextContent('EBS $4.80 and Elastic IPs $0.00 keep billing while the instances are stopped ($4.80 a month, in both columns)');
  });

  it('shows Elastic IPs as not saved and the auto-assigned IPv4 as saved', () => {
    mount((c) => {
      c.input.count = '1';
      c.input.elasticIps = '1';
      c.input.publicIpv4 = true;
      c.input.volumes = [];
    });
    // Elastic IP: 730 h x $0.005 = $3.65 in both columns; public IPv4: 173.81 h x $0.005 = $0.87 vs $3.65.
    expect(row('Elastic IPs')).toEqual(['$3.65', '$3.65']);
    expect(row('Auto-assigned public IPv4')).toEqual(['$3.65', '$0.87']);
    expect(screen.getByText(/Not saved by the schedule/)).toHaveTextContent('Elastic IPs $3.65');
  });

  it('calendar mode: America/New_York, March 2025, always on runs 743 h (spring forward)', () => {
    mount((c) => {
      c.input.schedule.periods = ALWAYS_ON.map((p) => ({ ...p, days: [...p.days] }));
      c.input.schedule.timeZone = 'America/New_York';
      c.input.monthMode = 'calendar';
      c.input.yearMonth = '2025-03';
    });
    expect(figure('Hours per instance')).toBe('743 h running, 743 h billed, of 743 h');
    expect(screen.getByText(/^Clock change:/)).toHaveTextContent('March 2025 in America/New_York lasts 743 h, not 744 h');
    expect(screen.getByRole('table', { name: /^Monthly cost of/ })).toHaveAccessibleName('Monthly cost of one instance, March 2025 in America/New_York (743 h)');
    // 743 h x $0.0416 = $30.9088.
    expect(row('Compute')).toEqual(['$30.91', '$30.91']);
  });

  it('negative savings with per-hour billing and many short runs are shown with the reason', () => {
    // Every day: 23 runs of 61 min with 1 min gaps; per-hour billing bills 2 h for each.
    const periods = Array.from({ length: 23 }, (_, k) => {
      const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      return { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Ec2Doc['input']['schedule']['periods'][number]['days'], start: hhmm(k * 62), end: hhmm(k * 62 + 61) };
    });
    mount((c) => {
      c.input.billing = 'per-hour';
      c.input.schedule.periods = periods;
      c.input.publicIpv4 = false;
      c.input.volumes = [];
    });
    // 161 runs/week x 2 h = 322 h/week x 730/168 = 1,399.17 h x $0.0416 = $58.21 vs 730 h x $0.0416 = $30.37.
    expect(row('Compute')).toEqual(['$30.37', '$58.21']);
    expect(figure('Extra cost per month')).toBe('$27.84 (91.7%)');
    expect(screen.getByText(/costs \$27\.84 a month MORE/)).toHaveTextContent(
      'With per-hour billing every run is rounded up to whole hours: 699.58 runs a month bill 1,399.17 h for 711.24 h of running, more than the 730 h of an always-on month.',
    );
  });

  it('asks for a price when the catalog has none for the region and type, and accepts one', async () => {
    const user = userEvent.setup();
    mount((c) => {
      c.input.region = 'eu-west-1';
      c.input.instanceType = 't3.micro';
    });
    const field = screen.getByLabelText('On-demand price of t3.micro');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('No price is known for "t3.micro" in eu-west-1; enter one.')).toBeInTheDocument();
    expect(screen.getByText(/no default price for t3.micro in eu-west-1/)).toBeInTheDocument();
    await user.type(field, '0.0114');
    expect(screen.queryByText('No price is known for "t3.micro" in eu-west-1; enter one.')).toBeNull();
    // The default gp3 volume has no catalog price in eu-west-1 either: asked for next to its price field.
    const ebs = screen.getByLabelText('EBS gp3 price');
    expect(screen.getByText('No price is known for "gp3" in eu-west-1; enter one.')).toBeInTheDocument();
    await user.type(ebs, '0.088');
    // 40 h/week x 730/168 x $0.0114 = $1.98; always on 730 x $0.0114 = $8.32. EBS 30 GB x $0.088 = $2.64.
    expect(row('Compute')).toEqual(['$8.32', '$1.98']);
    expect(row('EBS storage')).toEqual(['$2.64', '$2.64']);
  });

  it('changing the instance type drops a price typed for the old one and shows the catalog price', async () => {
    const user = userEvent.setup();
    mount(() => {});
    const price = screen.getByLabelText('On-demand price of t3.medium');
    await user.clear(price);
    await user.type(price, '0.05');
    expect(screen.getByText('your value')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Instance type'), 'm5.large');
    expect(screen.getByLabelText('On-demand price of m5.large')).toHaveValue('0.096');
    expect(screen.queryByText('your value')).toBeNull();
  });
});
