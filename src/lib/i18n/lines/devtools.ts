/** Spanish line templates of the devtools calculator: one for each English template in src/engine/devtools/lines.ts. */
import type { LINE_CATALOGS } from '../../../engine/index.ts';
import { spanishLines } from './define.ts';

export const devtoolsEs = spanishLines<(typeof LINE_CATALOGS)['devtools']>({
  'codedeploy.free.ec2': '{deployments, plural, one {# despliegue} other {# despliegues}} en EC2: CodeDeploy no cobra',
  'codedeploy.free.lambda': '{deployments, plural, one {# despliegue} other {# despliegues}} en Lambda: CodeDeploy no cobra',
  'codedeploy.free.ecs': '{deployments, plural, one {# despliegue} other {# despliegues}} en ECS: CodeDeploy no cobra',
  'codedeploy.onPremises': '{deployments, plural, one {# despliegue} other {# despliegues}} × {instances, plural, one {# instancia local} other {# instancias locales}} = {updates, plural, one {# actualización} other {# actualizaciones}} × {price} = {amount}',
});
