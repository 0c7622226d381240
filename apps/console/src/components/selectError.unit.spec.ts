import { closeOrderBody } from '@qinqing/appeals/contracts';
import { SUPERVISION_OUTCOMES } from '@qinqing/appeals/domain';
import { describe, expect, it } from 'vitest';
import { validateWith } from '../api/validation';
import { chooseMessage, selectError } from './selectError';

const outcome = (label: string, value: string) => ({ label, value, offered: ['', ...SUPERVISION_OUTCOMES] });

describe('the error a select shows', () => {
  // 督办销号 with 销号结果 left on 请选择: the schema's enum answers with the values it takes.
  const refused = validateWith(closeOrderBody, { orderId: 'order-1', outcome: '', conclusion: '已整改' });

  it('names the field to choose, in Chinese and in English, when nothing was chosen', () => {
    expect(refused['outcome']?.en).toBe('Must be one of "rectified", "accountability"');
    expect(selectError(refused['outcome'], outcome('销号结果', ''))?.zh).toBe('请选择销号结果');
    expect(selectError(refused['outcome'], outcome('Outcome', ''))?.en).toBe('Choose the outcome');
  });

  it('never shows the internal option values', () => {
    const shown = selectError(refused['outcome'], outcome('销号结果', ''));
    expect(JSON.stringify(shown)).not.toMatch(/rectified|accountability|Invalid/u);
  });

  it('says the same for a value the select does not offer', () => {
    expect(selectError(refused['outcome'], outcome('销号结果', 'closed'))).toEqual(chooseMessage('销号结果'));
  });

  it('keeps the words of a refusal of an option actually chosen', () => {
    const refusal = { zh: '该督办单已销号', en: 'The order is already closed' };
    expect(selectError(refusal, outcome('销号结果', 'rectified'))).toEqual(refusal);
  });

  it('shows nothing when there is no error', () => {
    expect(selectError(null, outcome('销号结果', ''))).toBeNull();
    expect(selectError(undefined, outcome('销号结果', ''))).toBeNull();
  });

  it('keeps the capitals of an initialism in English', () => {
    expect(chooseMessage('GB code').en).toBe('Choose the GB code');
  });
});
