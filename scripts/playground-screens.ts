/**
 * Screenshots of the staff conversation as the Agents Playground renders it, at a phone's width:
 * help, a question typed into the chat, cancel, a dictated question, the setting choice, the form, a guidance step, Back,
 * the review with Change setting, the card after Send; then the lead's side in the Leads queue channel
 * (set leads queue, the request, Claim, Close without advice with its reason) and what the asker is told. With `npm start` running (and a fresh `.data/`, since the playground's chat
 * history lives in the page):
 *
 *   npx tsx scripts/playground-screens.ts        → test-results/playground/*.png
 *
 * Driven with playwright-core and Debian's chromium; the playground's own Adaptive Card renderer.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Locator, type Page } from 'playwright-core';

const OUT = 'test-results/playground';
const PLAYGROUND = process.env.PLAYGROUND_URL ?? 'http://localhost:56150';
const PAUSE = 2500;

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
// Wide enough that the log panel does not cover the chat; each card is shot on its own.
// Tall enough for the longest card: a screenshot that has to scroll makes the playground re-render it (and lose what was typed).
const page = await browser.newPage({ viewport: { width: 1280, height: 4200 } });

async function closeLogPanel(p: Page): Promise<void> {
  await p.evaluate(() => {
    const title = Array.from(document.querySelectorAll('*')).find((e) => e.textContent?.trim() === 'Log Panel' && e.children.length === 0);
    let box: Element | null | undefined = title;
    for (let i = 0; i < 4 && box; i++) box = box.parentElement;
    const buttons = box ? Array.from(box.querySelectorAll('button')) : [];
    buttons.at(-1)?.click();
  });
}

// Top-level cards only: a ShowCard's card is an .ac-adaptiveCard inside one.
const lastCard = (): Locator => page.locator('.ac-adaptiveCard:not(.ac-adaptiveCard *)').last();

async function say(text: string): Promise<void> {
  const box = page.locator('[contenteditable="true"][role="textbox"]').first();
  await box.click();
  await box.fill(text);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(PAUSE);
}

async function click(title: string): Promise<void> {
  await lastCard().getByRole('button', { name: title, exact: true }).last().click();
  await page.waitForTimeout(PAUSE);
}

async function shot(name: string): Promise<void> {
  // Cards in the chat are ~450 px wide, about a phone's width.
  await lastCard().screenshot({ path: `${OUT}/${name}.png` });
  console.log(`${OUT}/${name}.png`);
}

async function choose(label: string, option: string): Promise<void> {
  await lastCard().locator(`input[aria-label="${label}"]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function radio(group: number, index: number): Promise<void> {
  const groups = await lastCard().locator('input[type=radio]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('name')))]);
  await lastCard().locator(`input[type=radio][name="${groups[group]}"]`).nth(index).click();
}

async function openChat(name: string): Promise<void> {
  await page.getByText(name, { exact: true }).first().click();
  await page.waitForTimeout(PAUSE);
}

await page.goto(PLAYGROUND);
await page.waitForTimeout(3000);
await closeLogPanel(page);

// The leads' queue: "@Safeguarding advice set leads queue" in the channel (npm start grants its team to Oakfield Primary).
await openChat('Leads queue');
const box = page.locator('[contenteditable="true"][role="textbox"]').first();
await box.click();
await page.keyboard.type('@');
await page.getByRole('menuitem').filter({ hasText: 'Safeguarding advice' }).first().click();
await page.keyboard.type(' set leads queue');
await page.keyboard.press('Enter');
await page.waitForTimeout(PAUSE);
await page.screenshot({ path: `${OUT}/00-set-leads-queue.png` });
await openChat('Personal Chat');

await click('Ask for advice');
if ((await lastCard().getByText('in progress').count()) > 0) await click('Start again');
// Several settings (npm start sets up two): the asker chooses theirs once.
if ((await lastCard().getByText('Which setting do you work in?').count()) > 0) {
  await shot('03a-setting-choice');
  await radio(0, 0); // Oakfield Primary
  await click('Continue');
}
await radio(0, 2); // This week
await choose('Choose your role', 'Teacher or teaching assistant');
await choose('Choose an area', 'Domestic abuse in the household');
await lastCard().locator('input[aria-label="A child"]').click();
await lastCard().locator('input[aria-label="Parent or carer"]').click();
await choose('Choose an age band', '5–10');
await lastCard().locator('input[aria-label="What a child or adult has told me"]').click();
await lastCard().locator('input[aria-label="Children\'s social care (front door / MASH)"]').click();
await radio(1, 1); // Consent refused
await lastCard().locator('textarea').pressSequentially('A child in my class said that mum and her partner fight at night and she is scared. Mum asked me not to tell anyone. May I share this with the front door?');
await shot('04-form');
await click('Check my question and continue');
await shot('05-first-step');
await radio(0, 0);
await click('Continue');
await shot('06-second-step');
await click('Back');
await shot('07-back-to-first-step');
for (let i = 0; i < 12; i++) {
  const step = await lastCard().getByRole('button', { name: 'Continue', exact: true }).count();
  if (step === 0) break;
  await radio(0, 0);
  await click('Continue');
}
await shot('08-review');
if ((await lastCard().getByRole('button', { name: 'Change setting', exact: true }).count()) > 0) {
  await click('Change setting');
  await shot('08a-change-setting');
  await radio(0, 1); // Riverside Nursery
  await click('Continue');
  await shot('08b-review-riverside');
  // Back to Oakfield, whose queue is the playground's channel.
  await click('Change setting');
  await radio(0, 0);
  await click('Continue');
}
await click('Send to the safeguarding leads');
await shot('09-sent');
// The card's text runs together ("Request ISA-AEJPNote this…"): the reference is the shortest match before "Note".
const reference = /Request (ISA-[2-9A-HJKMNP-Z]{4,5}?)(?=Note|\s|$)/.exec((await lastCard().textContent()) ?? '')?.[1] ?? '';

// The lead's side: the anonymised request in the channel, Claim, then Close without advice (a reason is required).
await openChat('Leads queue');
const requestCard = (): Locator => page.locator('.ac-adaptiveCard:not(.ac-adaptiveCard *)').filter({ hasText: reference }).last();
await requestCard().screenshot({ path: `${OUT}/10-channel-request.png` });
await requestCard().getByRole('button', { name: 'Claim', exact: true }).click();
await page.waitForTimeout(PAUSE);
// The playground has no per-user refresh: "Open my controls" brings up the holder's view.
const controls = requestCard().getByRole('button', { name: 'Open my controls', exact: true });
if ((await controls.count()) > 0) {
  await controls.last().click();
  await page.waitForTimeout(PAUSE);
}
await requestCard().screenshot({ path: `${OUT}/11-claimed.png` });
await requestCard().getByRole('button', { name: 'Close without advice', exact: true }).click();
await page.waitForTimeout(500);
await requestCard().getByRole('button', { name: `Yes, close ${reference}`, exact: true }).click();
await page.waitForTimeout(PAUSE);
await requestCard().screenshot({ path: `${OUT}/12-close-needs-a-reason.png` });
await requestCard().locator('input[type=radio]').first().check();
await requestCard().getByRole('button', { name: `Yes, close ${reference}`, exact: true }).click();
await page.waitForTimeout(PAUSE);
await requestCard().screenshot({ path: `${OUT}/13-closed.png` });
await openChat('Personal Chat');
await shot('14-asker-told-closed');

await say('help');
await shot('01-help');
await say('My pupil Kacper Nowakowski (DOB 14/03/2016) lives at 22 Hillcrest Road, LS6 2AB and his stepdad hits him, can I tell social care?');
await shot('02-typed-question');
await say('cancel');
await shot('03-nothing-to-cancel');
// A question dictated by voice: the number and postcode said as words are flagged as the words the user said.
await say('voice note mum says her new number is oh seven nine four six three oh two one one five and they are at forty seven cranbrook road L S nine eight A B can I share it with the school');
await shot('03b-dictated-question');
await say('cancel');

await browser.close();
