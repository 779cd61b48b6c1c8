import {describe, expect, it} from 'vitest';
import {screenshot, useBrowser} from './browser';

describe("an inspector's path through the history of 4.4", () => {
  const browser = useBrowser();

  it('goes from the chapter to its history, opens the February 2009 compare and reads the redline', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict');
    await page.getByRole('navigation', {name: 'Versions of this chapter'}).getByRole('link', {name: 'All versions of this chapter'}).click();
    await page.waitForURL('**/procedures/child-abuse-and-ict/history');
    await screenshot(page, 'history');

    await page
      .getByRole('row', {name: /Version 2/})
      .getByRole('link', {name: 'With version 1'})
      .click();
    await page.waitForURL('**/procedures/child-abuse-and-ict/compare?from=1&to=2');
    const summary = page.getByRole('heading', {level: 2, name: /Version 1 to version 2/});
    expect(await summary.innerText()).toContain('2 sections added, 1 amended, 3 renumbered');
    const internet = page.locator('li[data-status="amended"]').first();
    expect(await internet.getByRole('heading').innerText()).toContain('Section 1, The Internet');
    // Insertions are marked in words for screen readers, not by colour alone.
    expect(await internet.locator('ins').first().textContent()).toMatch(/^\[inserted: How Online Grooming Works/);
    expect(
      await internet
        .locator('ins')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');
    expect(await page.locator('li[data-status="unchanged"]').first().innerText()).toContain('Renumbered from 2, unchanged');
    await screenshot(page, 'compare-path');
  });

  it('compares another pair chosen in the form, and keeps the choice in the address', async () => {
    const page = await browser.open('/procedures/referrals/compare');
    await page.getByLabel('From').selectOption('2');
    await page.getByLabel('To', {exact: true}).selectOption('1');
    await page.getByRole('button', {name: 'Compare'}).click();
    await page.waitForURL('**/procedures/referrals/compare?from=2&to=1');
    expect(await page.getByRole('heading', {level: 2, name: /Version 2 to version 1/}).innerText()).toContain('1 section amended, 1 removed, 1 renumbered');
  });

  it('reads a released version under a clear banner', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict/v1');
    expect(await page.getByTestId('version-banner').innerText()).toContain('Version 1, in force from 1 April 2008 to 31 January 2009.');
    await page.getByRole('link', {name: 'See the current version'}).click();
    await page.waitForURL('**/procedures/child-abuse-and-ict');
  });

  it('shows the manual on a date, with the version then in force', async () => {
    const page = await browser.open('/point-in-time?chapter=child-abuse-and-ict');
    await page.getByLabel('Date', {exact: true}).fill('2008-12-25');
    await page.getByRole('button', {name: 'Show the manual'}).click();
    await page.waitForURL('**/point-in-time?date=2008-12-25&chapter=child-abuse-and-ict');
    const ict = page.locator('li[aria-current="true"]');
    expect(await ict.innerText()).toContain('Child Abuse and Information Communication Technology version 1, in force from 1 April 2008');
    expect(await page.getByRole('heading', {level: 2}).innerText()).toContain('In force on 25 December 2008');
  });

  it('lists the releases on the amendments page, and a withdrawn chapter says where to go', async () => {
    const amendments = await browser.open('/amendments');
    expect(await amendments.getByRole('heading', {level: 2}).allInnerTexts()).toEqual([
      'February 2009​',
      'October 2008​',
      'April 2008​',
      'Checking the record​',
    ]);

    const withdrawn = await browser.open('/procedures/child-protection-register');
    expect(await withdrawn.getByTestId('withdrawn-notice').innerText()).toContain('Follow 2.5 Child Protection Plans and Core Groups instead.');
  });
});
