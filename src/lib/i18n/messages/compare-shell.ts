import { defineMessages } from '../define.ts';

/** The "Edit / Compare" switch in the page header: needed at first paint (the view's own strings are in compare.ts, loaded with it). */
export const compareShell = defineMessages(
  { 'compare.view.label': 'View', 'compare.view.edit': 'Edit', 'compare.view.compare': 'Compare' },
  { 'compare.view.label': 'Vista', 'compare.view.edit': 'Editar', 'compare.view.compare': 'Comparar' },
);
