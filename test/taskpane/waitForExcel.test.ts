import { waitForExcel, type OfficeReady } from '../../src/taskpane/waitForExcel';

// Office.js's own enum values are strings; @types/office-js says numbers. waitForExcel compares with
// whatever HostType holds, so a stand-in with numbers proves it does not depend on either.
const HostType = { Excel: 1, Word: 0 };

function office(onReady: () => Promise<{ host: unknown }>): OfficeReady {
  return { HostType, onReady };
}

describe('waitForExcel', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is true when Office.js reports Excel', async () => {
    await expect(waitForExcel(office(() => Promise.resolve({ host: HostType.Excel })))).resolves.toBe(true);
  });

  it('is false when Office.js is missing', async () => {
    await expect(waitForExcel(undefined)).resolves.toBe(false);
  });

  it('is false in another Office application or in a plain browser', async () => {
    await expect(waitForExcel(office(() => Promise.resolve({ host: HostType.Word })))).resolves.toBe(false);
    await expect(waitForExcel(office(() => Promise.resolve({ host: null })))).resolves.toBe(false);
  });

  it('is false when Office.js fails', async () => {
    await expect(waitForExcel(office(() => Promise.reject(new Error('nej'))))).resolves.toBe(false);
  });

  it('gives up after the timeout when Office.js never answers', async () => {
    const result = waitForExcel(
      office(() => new Promise(() => {})),
      3000,
    );
    jest.advanceTimersByTime(2999);
    const early = await Promise.race([result, Promise.resolve('pending')]);
    expect(early).toBe('pending');
    jest.advanceTimersByTime(1);
    await expect(result).resolves.toBe(false);
  });
});
