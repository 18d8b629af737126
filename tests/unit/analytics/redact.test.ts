import { describe, expect, it } from 'vitest';
import { maskProps, maskText, pathOnly } from '../../../src/analytics/redact';

describe('maskText: what a user typed into Pathlight keeps its words, not their personal data', () => {
  it.each([
    // E-mail addresses
    ['reset password for jan.kowalski@firma.pl', 'reset password for [email]'],
    ['invoice to Nguyễn.Anh+billing@công-ty.vn please', 'invoice to [email] please'],
    ['JOHN.SMITH@EXAMPLE.CO.UK cannot log in', '[email] cannot log in'],
    // Polish phone numbers
    ['zadzwoń +48 512 345 678', 'zadzwoń [phone]'],
    ['mój numer 512 345 678', 'mój numer [phone]'],
    ['512-345-678 nie działa', '[phone] nie działa'],
    ['biuro 22 123 45 67', 'biuro [phone]'],
    ['+48 22 123 45 67', '[phone]'],
    ['0048512345678', '[phone]'],
    // US phone numbers
    ['call (415) 555-0132 tomorrow', 'call [phone] tomorrow'],
    ['415-555-0132', '[phone]'],
    ['415.555.0132', '[phone]'],
    ['+1 415 555 0132', '[phone]'],
    ['1-800-555-0199 support', '[phone] support'],
    // UK phone numbers
    ['020 7946 0958', '[phone]'],
    ['+44 20 7946 0958', '[phone]'],
    ['mobile 07700 900123', 'mobile [phone]'],
    ['Tel.: +44 (0)20 7946 0958', 'Tel.: [phone]'],
    // Vietnamese phone numbers
    ['gọi +84 912 345 678', 'gọi [phone]'],
    ['0912 345 678', '[phone]'],
    ['091 234 5678', '[phone]'],
    ['văn phòng 028 3822 1234', 'văn phòng [phone]'],
    ['0912.345.678', '[phone]'],
    // Card numbers, with spaces, dashes or none
    ['charged twice on 4111 1111 1111 1111', 'charged twice on [card]'],
    ['5500-0000-0000-0004 declined', '[card] declined'],
    ['amex 3782 822463 10005', 'amex [card]'],
    ['4242424242424242', '[card]'],
  ])('%j → %j', (input, expected) => {
    expect(maskText(input)).toBe(expected);
  });

  it.each([
    'where is INV-1042',
    'invoice INV-2024-000123 missing',
    'refund for order 1042',
    'due 2024-03-15',
    'paid on 15.03.2024',
    'since 03/15/2024',
    'meeting 2024-03-15 10:30',
    'logged at 2024-03-15T10:30:00Z',
    'from 15/03/2024 14:30 to 20/03/2024 09:00',
    'version 2.10.3 broke export',
    'VAT 23% on 1 250,00 zł',
    'how do I export to csv',
  ])('keeps %j as typed', (input) => {
    expect(maskText(input)).toBe(input);
  });

  it('drops the query string and fragment of URLs and paths in text', () => {
    expect(maskText('see https://app.example.com/billing?token=abc123#row-4 first')).toBe(
      'see https://app.example.com/billing first',
    );
    expect(maskText('/settings/team?invite=jan@firma.pl')).toBe('/settings/team');
    expect(pathOnly('/billing/invoices?page=2#inv-1042')).toBe('/billing/invoices');
  });

  it('masks every string of a payload at any depth and leaves other values alone', () => {
    const payload = {
      context: {
        query: 'call me on 07700 900123',
        recentQueries: ['jan@firma.pl', 'export csv'],
        viewedArticles: [{ id: 'billing', title: 'Billing' }],
      },
      resultCount: 0,
      helpful: false,
    };
    expect(maskProps(payload)).toEqual({
      context: {
        query: 'call me on [phone]',
        recentQueries: ['[email]', 'export csv'],
        viewedArticles: [{ id: 'billing', title: 'Billing' }],
      },
      resultCount: 0,
      helpful: false,
    });
    // A copy: the widget's own payload is untouched.
    expect(payload.context.recentQueries[0]).toBe('jan@firma.pl');
  });
});
