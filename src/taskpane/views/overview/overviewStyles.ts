import { makeStyles, tokens } from '@fluentui/react-components';

/** The layout every part of Översikt shares: sections, headings, fact lists, folded details (its item lists use useListStyles). */
export const useOverviewStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  facts: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke1}` },
  details: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
});
