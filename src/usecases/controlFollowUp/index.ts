/* The internkontrollplan's year in the shells' terms (issue 19): `uppsikt utfall` and what the pane prints. */
export { utfallOverview, type UtfallJson, type UtfallNamndJson, type UtfallControlJson, type UtfallProblem, type UtfallResult } from './utfallOverview';
