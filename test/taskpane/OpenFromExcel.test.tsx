import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { OpenFromExcel } from '../../src/taskpane/OpenFromExcel';

describe('OpenFromExcel', () => {
  it('says, in Swedish, that Uppsikt must be opened from Excel and how to load it', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <OpenFromExcel />
      </FluentProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Uppsikt måste öppnas från Excel' })).toBeInTheDocument();
    expect(screen.getByText(/manifest\.xml/)).toHaveTextContent(/Ladda upp mitt tillägg/);
  });
});
