import {describe, expect, it} from 'vitest';
import {ICT_SECTION_HEADINGS} from '../seed-facts';
import {useBrowser} from './browser';

describe('chapter 4.4 in Chromium', () => {
  const browser = useBrowser();

  it('shows the number and title, the update note, the contents and the related procedures', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict');
    expect(await page.locator('h1').innerText()).toBe('4.4 Child Abuse and Information Communication Technology');
    expect(await page.getByTestId('update-note').innerText()).toContain('This chapter was updated in February 2009');
    const contents = page.getByRole('navigation', {name: 'Contents'});
    expect(await contents.getByRole('link').allInnerTexts()).toEqual(ICT_SECTION_HEADINGS);
    const related = page.getByRole('region', {name: 'Related procedures'});
    expect(await related.getByRole('link').count()).toBeGreaterThanOrEqual(4);
  });

  it('numbers sections as the contents does, and a contents link lands on its section', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict');
    await page.getByRole('navigation', {name: 'Contents'}).getByRole('link', {name: 'Referral and Strategy Discussion'}).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#referral-and-strategy-discussion');
    const heading = page.locator('h2#referral-and-strategy-discussion');
    await expect.poll(() => heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    expect(await heading.innerText()).toMatch(/^4\. Referral and Strategy Discussion/);
  });

  it('"Top of page" returns to the chapter header', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict#further-information');
    await page.locator('.top-of-page a').last().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#top');
    await expect.poll(() => page.locator('h1').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(0);
  });

  it('follows a related-procedure link to that chapter', async () => {
    const page = await browser.open('/procedures/child-abuse-and-ict');
    await page.getByRole('region', {name: 'Related procedures'}).getByRole('link', {name: '2.1 Referrals (including Referrals Pathway)'}).click();
    await page.waitForURL('**/procedures/referrals');
    // The address changes before React renders the new chapter.
    await expect.poll(() => page.locator('h1').innerText()).toBe('2.1 Referrals (including Referrals Pathway)');
    const backlinks = page.getByRole('region', {name: 'Referenced by'});
    expect(await backlinks.getByRole('link', {name: '4.4 Child Abuse and Information Communication Technology'}).count()).toBe(1);
  });
});

describe('the home page in Chromium', () => {
  const browser = useBrowser();

  it('says what the manual is and links to every part', async () => {
    const page = await browser.open('/');
    expect(await page.locator('h1').innerText()).toBe('Northmoor Child Protection Procedures');
    const headings = await page.getByRole('heading', {level: 2}).allInnerTexts();
    // Strip the zero-width space of each heading's "direct link" anchor.
    expect(headings.map((h) => h.replace(/\u200b/g, ''))).toEqual([
      'Part 1: Introduction and Principles',
      'Part 2: Core Child Protection Procedures',
      'Part 3: Allegations and Complex Abuse',
      'Part 4: Safeguarding Children in Specific Circumstances',
    ]);
    await page.getByRole('link', {name: 'Part 4: Safeguarding Children in Specific Circumstances'}).click();
    await page.waitForURL('**/procedures/part/specific-circumstances');
  });
});
