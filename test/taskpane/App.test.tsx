import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';

describe('App', () => {
  beforeEach(() => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App />
      </FluentProvider>,
    );
  });

  it('is headed Uppsikt and says what the add-in is for, in Swedish', () => {
    expect(screen.getByRole('heading', { level: 1, name: 'Uppsikt' })).toBeInTheDocument();
    expect(screen.getByText(/internkontrollplan/)).toHaveTextContent(/riskanalys.*revisionens\s+rekommendationer/s);
  });

  it('lists the six custom functions by their Swedish names', () => {
    const items = within(screen.getByRole('list', { name: 'Funktioner' })).getAllByRole('listitem');
    const names = ['RISKVÄRDE', 'RISKNIVÅ', 'RISKMATRIS', 'ANTALSTATUS', 'SAMMANSTÄLLNING', 'FÖRSENADE'];
    expect(items).toHaveLength(names.length);
    names.forEach((name, i) => expect(items[i]).toHaveTextContent(`IK.${name}`));
  });

  it('shows no English function names', () => {
    expect(screen.queryByText(/IK\.(RISKSCORE|RISKLEVEL|RISKMATRIX|STATUSCOUNT|SUMMARY|OVERDUE)\b/)).not.toBeInTheDocument();
  });
});
