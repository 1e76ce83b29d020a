import { errorsOf, isUppsiktError, UppsiktError } from '../../../src/core';

const catalogue = {
  noSheet: (p: { sheet: string }) => `Fliken ${p.sheet} finns inte i arbetsboken.`,
  noScale: 'Arbetsboken har ingen skala.',
};

describe('UppsiktError', () => {
  const errors = errorsOf('port', catalogue);

  it('carries the area and key as its code, the parameters, and the catalogue sentence as its message', () => {
    const error = errors.noSheet({ sheet: 'Risker' });
    expect(error).toBeInstanceOf(UppsiktError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('port.noSheet');
    expect(error.params).toEqual({ sheet: 'Risker' });
    expect(error.message).toBe('Fliken Risker finns inte i arbetsboken.');
    expect(error.exitCode).toBe(2);
  });

  it('words a fixed sentence without parameters and keeps a cause and an exit code', () => {
    const cause = new Error('ENOENT');
    const error = errors.noScale({ cause, exitCode: 1 });
    expect(error.code).toBe('port.noScale');
    expect(error.params).toEqual({});
    expect(error.message).toBe('Arbetsboken har ingen skala.');
    expect(error.cause).toBe(cause);
    expect(error.exitCode).toBe(1);
  });

  it('is recognised by code, and a plain Error is not one', () => {
    const error = errors.noSheet({ sheet: 'X' });
    expect(isUppsiktError(error)).toBe(true);
    expect(isUppsiktError(error, 'port.noSheet')).toBe(true);
    expect(isUppsiktError(error, 'port.noScale')).toBe(false);
    expect(isUppsiktError(new Error('Fliken X finns inte i arbetsboken.'))).toBe(false);
  });
});
