import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The pane's bordered list: Kontrollera's findings, Översikt's items, an imported report's recommendations
 * and verdicts all read as one kind of entry, a column with a rule on its left. `roomy` spaces an entry
 * that holds form fields (used with mergeClasses on `item`).
 */
export const useListStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
  },
  roomy: { rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: 'wrap' },
});
