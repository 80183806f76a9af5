/**
 * Building the three-tier app from scratch with priced nodes, then adding a replica: both the
 * monthly total and the nines change, in English and in Spanish.
 *
 * ELB (alb-hour): 730 h x $0.0225 = $16.425; EC2 t3.medium: 730 h x $0.0416 = $30.368;
 * RDS db.t3.micro Multi-AZ: 730 h x $0.034 = $24.82. Total $16.425 + $30.368 + $24.82 = $71.613.
 * Availability 0.9999 x 0.995 x 0.9995 = 0.99440304975, U = 0.00559695025 -> 2.25 nines.
 * A second EC2 replica: + $30.368 = $101.981; 0.9999 x (1 - 0.005^2) x 0.9995 = 0.99937506499875,
 * U = 0.00062493500125 -> 3.20 nines.
 */
import { test, expect, axeViolations } from './fixtures.ts';

const text = {
  en: {
    add: 'Add an availability architecture',
    addComponent: 'Add component to My service',
    newComponent: 'New component (My service)',
    pricedBy: 'Priced by',
    cost: 'Monthly cost',
    service: 'Service 1',
    replicas: 'Replicas across AZs',
    elb: 'Elastic Load Balancing, multi-AZ',
    ec2: 'EC2 single instance',
    rds: 'RDS Multi-AZ instance or cluster',
    before: { total: '$71.61', nines: '2.25 nines' },
    after: { total: '$101.98', nines: '3.2 nines' },
  },
  es: {
    add: 'Agregar una arquitectura de disponibilidad',
    addComponent: 'Agregar componente a Mi servicio',
    newComponent: 'Nuevo componente (Mi servicio)',
    pricedBy: 'Precio según',
    cost: 'Costo mensual',
    service: 'Servicio 1',
    replicas: 'Réplicas en varias AZ',
    elb: 'Elastic Load Balancing, multi-AZ',
    ec2: 'Instancia EC2 individual',
    rds: 'RDS Multi-AZ (instancia o clúster)',
    before: { total: /^71,61\sUS\$$/, nines: '2,25 nueves' },
    after: { total: /^101,98\sUS\$$/, nines: '3,2 nueves' },
  },
} as const;

for (const lang of ['en', 'es'] as const) {
  test(`build the three-tier app with priced nodes, then add a replica (${lang})`, async ({ page }) => {
    const t = text[lang];
    await page.goto('/');
    if (lang === 'es') await page.getByLabel('Language').selectOption('es');
    await page.getByRole('button', { name: t.add }).click();

    // Web and database tiers after the load balancer the architecture starts with.
    await page.getByRole('button', { name: t.addComponent }).click();
    await page.getByLabel(t.newComponent).selectOption('sla:rds-multi-az');
    await page.getByRole('button', { name: t.addComponent }).click();

    const field = (label: string, name: string) => page.getByLabel(`${label} (${name})`, { exact: true });
    // A node's form opens from its row in the architecture tree.
    const open = async (n: string) => {
      await page.getByRole('treeitem', { name: new RegExp(`^[^,]*: ${n.replace(/[()]/g, '\\$&')},`) }).click();
      await page.locator('summary', { hasText: `${t.cost} (${n}):` }).click();
    };
    // ELB: the Application Load Balancer's hours; RDS: db.t3.micro Multi-AZ; EC2: the default t3.medium hours.
    await open(t.elb);
    await field(t.pricedBy, t.elb).selectOption('catalog');
    await field(t.service, t.elb).selectOption('alb-hour');
    await open(t.rds);
    await field(t.pricedBy, t.rds).selectOption('catalog');
    await field(t.service, t.rds).selectOption('rds-db.t3.micro-multi-az');
    await open(t.ec2);
    await field(t.pricedBy, t.ec2).selectOption('catalog');

    await expect(page.getByTestId('total-monthly')).toHaveText(t.before.total);
    await expect(page.getByTestId('availability-nines')).toHaveText(t.before.nines);

    await field(t.replicas, t.ec2).fill('2');
    await expect(page.getByTestId('total-monthly')).toHaveText(t.after.total);
    await expect(page.getByTestId('availability-nines')).toHaveText(t.after.nines);
    await expect(page.getByTestId('cost-nine-table')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/Infinity|NaN|undefined/);
    expect(await axeViolations(page)).toEqual([]);
  });
}
