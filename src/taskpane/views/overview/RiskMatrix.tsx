import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { textColorOn, type RiskScale } from '../../../core';
import type { OverviewMatrixCell } from '../../../usecases/overviewRegister';
import { plural } from './countTexts';

const useStyles = makeStyles({
  matrixWrap: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'stretch' },
  axis: { writingMode: 'vertical-rl', transform: 'rotate(180deg)', textAlign: 'center', color: tokens.colorNeutralForeground2 },
  matrix: { borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%', maxWidth: '360px' },
  // The axes name the scale's levels as the CLI and the printed report do; names break between words only.
  rowHead: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    width: '72px',
    textAlign: 'right',
    paddingRight: tokens.spacingHorizontalXS,
    verticalAlign: 'middle',
  },
  colHead: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase100,
    textAlign: 'center',
    verticalAlign: 'top',
    paddingTop: tokens.spacingVerticalXXS,
  },
  levelName: { display: 'block', fontSize: tokens.fontSizeBase100 },
  // Every cell the same height whether it shows a number or not: the button is a block in a middle-aligned cell
  // (an inline button with text sits on the text's baseline, lower than an empty one).
  cell: { padding: 0, border: `2px solid ${tokens.colorNeutralBackground1}`, verticalAlign: 'middle' },
  cellButton: {
    display: 'block',
    width: '100%',
    minWidth: 0,
    height: '36px',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { outline: `3px solid ${tokens.colorNeutralForeground1}`, outlineOffset: '-3px' },
});

export interface RiskMatrixProps {
  matrix: OverviewMatrixCell[][];
  scale: RiskScale;
  selected?: OverviewMatrixCell;
  onSelect: (cell?: OverviewMatrixCell) => void;
}

/** The riskmatris: highest likelihood on top, each cell its level's colour and its count; a click lists the cell's risks. */
export function RiskMatrix({ matrix, scale, selected, onSelect }: RiskMatrixProps) {
  const styles = useStyles();
  const consequences = matrix[0]?.length ?? 0;
  return (
    <div className={styles.matrixWrap}>
      <Caption1 className={styles.axis} aria-hidden>
        Sannolikhet
      </Caption1>
      <table className={styles.matrix} aria-label="Riskmatris: antal risker per sannolikhet och konsekvens">
        <tbody>
          {[...matrix].reverse().map((row) => (
            <tr key={row[0].likelihood}>
              <th scope="row" className={styles.rowHead}>
                {row[0].likelihood} <span className={styles.levelName}>{scale.likelihood.labels[row[0].likelihood - 1] ?? ''}</span>
              </th>
              {row.map((cell) => {
                const isSelected = selected?.likelihood === cell.likelihood && selected.consequence === cell.consequence;
                const label = `Sannolikhet ${cell.likelihood}, konsekvens ${cell.consequence}: ${plural(cell.count, 'risk', 'risker')}${cell.band ? `, ${cell.band.name}` : ''}`;
                return (
                  <td key={cell.consequence} className={styles.cell}>
                    <button
                      type="button"
                      className={`${styles.cellButton} ${isSelected ? styles.selected : ''}`}
                      style={cell.band ? { backgroundColor: cell.band.color, color: textColorOn(cell.band.color) } : undefined}
                      aria-label={label}
                      aria-pressed={isSelected}
                      title={label}
                      onClick={() => onSelect(isSelected ? undefined : cell)}
                    >
                      {cell.count > 0 ? cell.count : ''}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <td />
            {Array.from({ length: consequences }, (_, k) => (
              <th key={k} scope="col" className={styles.colHead}>
                {k + 1}
                <span className={styles.levelName}>{scale.consequence.labels[k] ?? ''}</span>
              </th>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
