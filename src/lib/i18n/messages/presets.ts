import { defineMessages } from '../define.ts';

export const presets = defineMessages(
  {
    'preset.sales-dashboard.name': 'Sales dashboard for 200 readers',
    'preset.sales-dashboard.desc': 'QuickSight Enterprise: 150 sales reps and 50 managers reading a dashboard, 3 authors; every pricing model side by side.',
    'preset.team-ci.name': 'Team CI pipeline',
    'preset.team-ci.desc': 'CodeBuild: 40 pull-request builds a day on general1.small plus a nightly build, with the free tier; CodePipeline and CodeBuild SLAs.',
    'preset.dev-office-hours.name': 'Dev environment only in office hours',
    'preset.dev-office-hours.desc': 'Two t3.medium development instances running Monday to Friday 09:00-17:00 (Mexico City); EBS and public IPv4 keep billing.',
    'preset.three-tier-3az.name': 'Three-tier web app across three AZs',
    'preset.three-tier-3az.desc': 'ELB in front of web servers in three Availability Zones (two of three needed) and RDS Multi-AZ; three always-on m5.large.',
    'preset.two-region-failover.name': 'Two regions with Route 53 failover',
    'preset.two-region-failover.desc': 'Route 53 in front of a primary and a standby region (ELB, EC2 in two AZs, RDS Multi-AZ each), 150 s to fail over.',
    'presets.loaded': 'Example "{name}" loaded.',
    'presets.addedAsNew': 'Example "{name}" opened as a new scenario; your other scenario is untouched.',
  },
  {
    'preset.sales-dashboard.name': 'Tablero de ventas para 200 lectores',
    'preset.sales-dashboard.desc': 'QuickSight Enterprise: 150 vendedores y 50 gerentes leyendo un tablero, 3 autores; todos los modelos de precio lado a lado.',
    'preset.team-ci.name': 'Pipeline de CI del equipo',
    'preset.team-ci.desc': 'CodeBuild: 40 compilaciones de pull requests al día en general1.small más una nocturna, con la capa gratuita; SLA de CodePipeline y CodeBuild.',
    'preset.dev-office-hours.name': 'Entorno de desarrollo solo en horario de oficina',
    'preset.dev-office-hours.desc': 'Dos instancias t3.medium de desarrollo encendidas de lunes a viernes de 09:00 a 17:00 (Ciudad de México); EBS e IPv4 pública siguen cobrándose.',
    'preset.three-tier-3az.name': 'Aplicación web de tres capas en tres AZ',
    'preset.three-tier-3az.desc': 'ELB delante de servidores web en tres zonas de disponibilidad (se necesitan dos de tres) y RDS Multi-AZ; tres m5.large siempre encendidas.',
    'preset.two-region-failover.name': 'Dos regiones con conmutación por error en Route 53',
    'preset.two-region-failover.desc': 'Route 53 delante de una región principal y una de reserva (ELB, EC2 en dos AZ y RDS Multi-AZ cada una), 150 s para conmutar.',
    'presets.loaded': 'Ejemplo "{name}" cargado.',
    'presets.addedAsNew': 'Ejemplo "{name}" abierto como escenario nuevo; tu otro escenario no se ha tocado.',
  },
);
