import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, seriousAccessibilityFindings } from '@qinqing/tools/browser';
import { type EmbeddedTestServer, startEmbeddedTestServer } from '../support/embedded-test-server';

const chromiumPath = inject('chromiumPath');
const SHOTS = join(process.cwd(), 'test-results/console');
const PASSWORD = 'Demo!2026';
/** Demo: 宁波鄞州康源生物科技有限公司, a general penalty past its minimum (可申请修复). */
const KANGYUAN = '91330212MA2J1C6T17';
/** Demo: 宁波海曙鼓楼便利连锁有限公司, a general penalty whose minimum runs (公示中). */
const GULOU = '91330203MA2N4D7T0H';

const HEADER =
  '行政相对人名称,统一社会信用代码,处罚决定书文号,处罚类别,处罚内容,处罚决定日期,处罚机关,数据来源,失信程度,处罚依据';
const CSV = [
  HEADER,
  `宁波鄞州康源生物科技有限公司,${KANGYUAN},甬鄞市监罚〔2026〕88号,罚款,罚款人民币一万元,2026/6/3,宁波市鄞州区市场监督管理局,鄞州区市场监管局,一般,《中华人民共和国广告法》第五十八条`,
  `宁波鄞州康源生物科技有限公司,${KANGYUAN},甬鄞市监罚〔2026〕89号,警告,警告,2026-02-30,宁波市鄞州区市场监督管理局,鄞州区市场监管局,轻微,《中华人民共和国广告法》第五十八条`,
].join('\n');

/**
 * The credit officer's section in the browser over the demo data: find an enterprise, read its integrity file
 * with status chips, record a decision (the server's field message next to the field first), correct it with a
 * reason, and dry-run a penalty import with its per-row report. Every screen passes axe (serious, critical).
 */
describe.skipIf(chromiumPath === null)('credit section of the console', () => {
  let server: EmbeddedTestServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startEmbeddedTestServer(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const logIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/console/`);
    await page.fill('#username', username);
    await page.fill('#password', PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav[aria-label="主导航"]');
    return page;
  };

  const checkScreen = async (page: Page, name: string): Promise<void> => {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    expect(await seriousAccessibilityFindings(page), name).toEqual([]);
  };

  it('walks the officer through an integrity file: find, record, correct', async () => {
    const page = await logIn('credit.zhao');
    // The officer lands on the credit section; the sections are theirs alone.
    await page.waitForSelector('#credit-search');
    expect(await page.locator('nav a[aria-current=page]').innerText()).toBe('诚信档案');
    await page.fill('#credit-search', '宁波鄞州康源');
    await page.click('form[role=search] button[type=submit]');
    await page.click('.credit-search__results a >> text=宁波鄞州康源生物科技有限公司');
    await page.waitForSelector('table.credit-records');
    const demo = page.locator('tr', { hasText: '甬鄞市监罚〔演示〕102号' });
    expect(await demo.locator('.chip').innerText()).toBe('可申请修复');
    expect(await page.locator('h1').innerText()).toBe('诚信档案 · 宁波鄞州康源生物科技有限公司');
    await checkScreen(page, '60-credit-file');

    // A negative record without a severity: the server's message stands next to the field.
    await page.click('button >> text=记录信用信息');
    await page.fill('#record-documentNumber', '甬鄞市监罚〔2026〕77号');
    await page.fill('#record-issuingAuthority', '宁波市鄞州区市场监督管理局');
    await page.fill('#record-decidedOn', '2026-07-15');
    await page.fill('#record-legalBasis', '《中华人民共和国食品安全法》第一百二十六条');
    await page.fill('#record-evidenceReference', '案卷 2026-0715');
    await page.fill('#record-penaltyCategory', '罚款');
    await page.fill('#record-penaltyContent', '罚款人民币二万元');
    expect(await page.inputValue('#record-enterpriseName')).toBe('宁波鄞州康源生物科技有限公司');
    await page.click('form.credit-form button[type=submit]');
    await expect.poll(() => page.locator('#record-severity-error').innerText()).toContain('失信程度');
    await checkScreen(page, '61-credit-record-refused');
    await page.selectOption('#record-severity', 'general');
    await page.click('form.credit-form button[type=submit]');
    await page.waitForSelector('.notice--ok >> text=已记录 甬鄞市监罚〔2026〕77号');
    const recorded = page.locator('tr', { hasText: '甬鄞市监罚〔2026〕77号' });
    await expect.poll(() => recorded.count()).toBe(1);
    expect(await recorded.innerText()).toContain('一般');

    // An honour has no severity, and no penalty fields.
    await page.click('button >> text=记录信用信息');
    await page.selectOption('#record-kind', 'honour');
    expect(await page.locator('#record-severity').count()).toBe(0);
    expect(await page.locator('#record-penaltyCategory').count()).toBe(0);
    await page.click('form.credit-form >> text=取消');

    // Correct it: serious, with a reason; nothing else changes.
    await recorded.locator('button >> text=更正').click();
    const form = page.locator('form.credit-form');
    await form.locator('select[id$=-severity]').selectOption('serious');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[id$=-reason-error]').innerText()).toContain('更正理由');
    await form.locator('textarea[id$=-reason]').fill('复议决定变更为严重失信');
    await checkScreen(page, '62-credit-correct');
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('.notice--ok >> text=已更正 甬鄞市监罚〔2026〕77号');
    await expect.poll(() => recorded.innerText()).toContain('严重');
    expect(await recorded.innerText()).toContain('更正1次');
    expect(await recorded.locator('.chip').innerText()).toBe('公示中');

    // The same screen in English.
    await page.click('button >> text=English');
    await expect.poll(() => demo.locator('.chip').innerText()).toBe('Repairable');
    await checkScreen(page, '63-credit-file-en');
    await page.context().close();
  });

  it('dry-runs a penalty file with its per-row report, then imports the good rows', async () => {
    const page = await logIn('credit.zhao');
    await page.click('nav >> text=导入行政处罚');
    await page.setInputFiles('#import-file', {
      name: 'penalties.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await page.click('button >> text=试导入（不记录）');
    await page.waitForSelector('#import-report-title >> text=试导入结果（未记录）');
    const report = page.locator('section[aria-labelledby=import-report-title]');
    expect(await report.locator('p[role=status]').innerText()).toBe(
      '共 2 行：可记录 1，已存在 0，有问题 1。',
    );
    const problem = report.locator('table.import-errors tbody tr');
    expect(await problem.count()).toBe(1);
    expect(await problem.innerText()).toContain('处罚决定日期');
    await checkScreen(page, '64-credit-import-dry-run');
    await page.click('button >> text=导入 1 条');
    await page.waitForSelector('#import-report-title >> text=导入结果');
    expect(await report.locator('p[role=status]').innerText()).toBe(
      '共 2 行：已记录 1，已存在 0，有问题 1。',
    );
    await page.goto(`${server.baseUrl}/console/#/credit/files/${KANGYUAN}`);
    await page.waitForSelector('tr >> text=甬鄞市监罚〔2026〕88号');
    expect(await page.locator('tr', { hasText: '甬鄞市监罚〔2026〕88号' }).innerText()).toContain('批量导入');
    // A file that is not a penalty file: the server's message stands at the file field.
    await page.click('nav >> text=导入行政处罚');
    await page.setInputFiles('#import-file', {
      name: 'wrong.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('名称,代码\n甲,乙\n', 'utf8'),
    });
    await page.click('button >> text=试导入（不记录）');
    await expect.poll(() => page.locator('#import-file-error').innerText()).toMatch(/[\u4e00-\u9fff]/u);
    await checkScreen(page, '65-credit-import-refused');
    await page.context().close();
  });

  it('decides an objection and a repair at the desks, with their working-day clocks; drafts and approves a board', async () => {
    const page = await logIn('credit.zhao');
    // The cases come in as the officer files them for the enterprises (the kiosk's own flow has its e2e).
    const api = page.context().request;
    const commitment = (await (await api.get(`${server.baseUrl}/api/credit/commitment-text`)).json()) as {
      version: string;
    };
    expect(
      (
        await api.post(`${server.baseUrl}/api/credit/objections`, {
          data: {
            creditCode: GULOU,
            documentNumber: '甬海市监罚〔演示〕101号',
            grounds: '处罚决定已被复议撤销',
          },
        })
      ).status(),
    ).toBe(201);
    expect(
      (
        await api.post(`${server.baseUrl}/api/credit/repairs`, {
          data: {
            creditCode: KANGYUAN,
            documentNumber: '甬鄞市监罚〔演示〕102号',
            correctionEvidence: '罚款已于2026年8月缴清，违法广告已下架',
            commitment: {
              signatoryName: '张明',
              signatoryPosition: '总经理',
              textVersion: commitment.version,
            },
          },
        })
      ).status(),
    ).toBe(201);

    await page.click('nav >> text=异议处理');
    const objection = page.locator('tr', { hasText: '甬海市监罚〔演示〕101号' });
    await expect.poll(() => objection.locator('.clock').innerText()).toMatch(/异议处理时限 剩\d+个工作日/u);
    await checkScreen(page, '66-credit-objections');
    await objection.locator('button >> text=处理').click();
    await page.click('form.credit-form button[type=submit]');
    await expect.poll(() => page.locator('#objection-reasons-error').innerText()).toContain('处理理由');
    await page.fill('#objection-reasons', '复议决定维持原处罚，异议不成立');
    await checkScreen(page, '67-credit-objection-decision');
    await page.click('form.credit-form button[type=submit]');
    await page.waitForSelector('.notice--ok >> text=已处理异议 甬海市监罚〔演示〕101号');
    await page.selectOption('#case-status', 'decided');
    await expect
      .poll(() => page.locator('tr', { hasText: '甬海市监罚〔演示〕101号' }).innerText())
      .toContain('维持');

    await page.click('nav >> text=信用修复');
    const repair = page.locator('tr', { hasText: '甬鄞市监罚〔演示〕102号' });
    await expect.poll(() => repair.innerText()).toContain('张明（总经理）');
    expect(await repair.locator('.clock').innerText()).toMatch(/修复决定时限 剩\d+个工作日/u);
    await checkScreen(page, '68-credit-repairs');
    await repair.locator('button >> text=决定').click();
    await page.fill('#repair-reasons', '已履行处罚决定，整改到位，准予修复');
    await page.click('form.credit-form button[type=submit]');
    await page.waitForSelector('.notice--ok >> text=已决定 甬鄞市监罚〔演示〕102号 的修复申请');
    await page.goto(`${server.baseUrl}/console/#/credit/files/${KANGYUAN}`);
    await expect
      .poll(() => page.locator('tr', { hasText: '甬鄞市监罚〔演示〕102号' }).locator('.chip').innerText())
      .toBe('已修复');

    await page.click('nav >> text=红黑榜');
    await page.fill('#board-period', '2026第二季度');
    await page.click('form[aria-label=起草榜单] button[type=submit]');
    await expect.poll(() => page.locator('#board-period-error').innerText()).toMatch(/[\u4e00-\u9fff]/u);
    await page.fill('#board-period', '2026-Q2');
    await page.click('form[aria-label=起草榜单] button[type=submit]');
    await page.waitForSelector('#board-review >> text=草稿');
    await checkScreen(page, '69-credit-board-draft');
    await page.click('button >> text=审核通过并发布');
    await page.waitForSelector('#board-review >> text=已发布');
    await expect
      .poll(() => page.locator('section[aria-labelledby=boards-published]').innerText())
      .toContain('2026-Q2');
    await checkScreen(page, '70-credit-board-published');
    await page.context().close();
  });
});
