import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { emptyScenario, type ScenarioStore } from '../../../src/lib/state/scenario.svelte.ts';
import { newPipeline } from '../../../src/lib/state/factories.ts';
import PipelineEditor from '../../../src/lib/components/pipeline/PipelineEditor.svelte';
import Harness from '../Harness.svelte';

function mount(lang: 'en' | 'es' = 'en') {
  const doc = emptyScenario('Test', 's1');
  doc.components = [{ ...newPipeline('Release'), id: 'pl1' }];
  let store!: ScenarioStore;
  const user = userEvent.setup();
  render(Harness, { props: { view: PipelineEditor, each: 'pipeline', makeDoc: () => doc, lang, onStore: (s: ScenarioStore) => (store = s) } });
  return { store, user };
}

describe('release-flow editor', () => {
  it('a new release flow is priced by service', () => {
    mount();
    // 60 commits. CodeCommit: 5 devs + 2 roles = 7 - 5 free = 2 x $1 = $2.00.
    // CodeBuild: 60 x ceil(180/60) = 180 min x $0.005 = $0.90 (scenario free tier off).
    // CodePipeline V2: 60 x (1 + 4 + 1) = 360 min - 100 free = 260 x $0.002 = $0.52. Total $3.42.
    expect(screen.getByTestId('pl-codecommit')).toHaveTextContent('$2.00');
    expect(screen.getByTestId('pl-codebuild')).toHaveTextContent('$0.90');
    expect(screen.getByTestId('pl-codepipeline')).toHaveTextContent('$0.52');
    expect(screen.getByTestId('pl-total')).toHaveTextContent('$3.42');
  });

  it('an on-premises deployment is billed per instance update', async () => {
    const { user, store } = mount();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deploy to' }), 'on-premises');
    expect(store.doc.components[0]?.type === 'pipeline' && store.doc.components[0].flow.deploy?.target).toBe('on-premises');
    // 60 deployments x 2 instances = 120 updates x $0.02 = $2.40
    expect(screen.getByTestId('pl-codedeploy')).toHaveTextContent('$2.40');
  });

  it('removing an action lowers the V2 minutes; V1 hides the actions', async () => {
    const { user } = mount();
    await user.click(screen.getByRole('button', { name: 'Remove action Build' }));
    // 60 x (1 + 1) = 120 min - 100 = 20 x $0.002 = $0.04
    expect(screen.getByTestId('pl-codepipeline')).toHaveTextContent('$0.04');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pipeline type' }), 'V1');
    expect(screen.queryByRole('button', { name: /Remove action/ })).toBeNull();
    expect(screen.getByTestId('pl-codepipeline')).toHaveTextContent('$0.00');
  });

  it('speaks Spanish', () => {
    mount('es');
    expect(screen.getByRole('group', { name: 'Repositorio (CodeCommit)' })).toBeInTheDocument();
    expect(screen.getByTestId('pl-total')).toHaveTextContent(/3,42/);
  });
});
