import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { emptyScenario, type CodeBuildDoc, type ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';
import CodeBuildEditor from '../../../src/lib/components/codebuild/CodeBuildEditor.svelte';
import Harness from '../Harness.svelte';

// jsdom has no canvas: charts then fall back to their data tables (without the console noise).
HTMLCanvasElement.prototype.getContext = (() => null) as unknown as HTMLCanvasElement['getContext'];

type Group = CodeBuildDoc['project']['groups'][number];

/** A CodeBuild component with the given groups (plain JSON). */
export function project(groups: Group[], extra: Partial<CodeBuildDoc> = {}, id = 'cb1'): CodeBuildDoc {
  return { id, type: 'codebuild', name: `CI ${id}`, project: { overheadSeconds: '0', groups }, ...extra };
}

/** Mount the editors of a scenario holding `components`. */
export function mount(components: CodeBuildDoc[], opts: { lang?: 'en' | 'es'; freeTier?: boolean } = {}) {
  const doc = emptyScenario('Test', 's1');
  doc.components = components;
  doc.settings = { ...doc.settings, codeBuildFreeTier: opts.freeTier === true };
  let store!: ScenarioStore;
  const user = userEvent.setup();
  const view = render(Harness, { props: { view: CodeBuildEditor, each: 'codebuild', makeDoc: () => doc, lang: opts.lang, onStore: (s: ScenarioStore) => (store = s) } });
  return { store, user, ...view };
}
