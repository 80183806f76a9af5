/** The share/export/import messages, registered by the panels that use them (they may open before the workbench loads). */
import { registerBundles } from '../../i18n/messages/index.ts';
import { workspaceTools } from '../../i18n/messages/workspace-tools.ts';

registerBundles([workspaceTools]);
