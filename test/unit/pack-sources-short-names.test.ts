/** A company's short name as the press writes it (scripts/pack-sources/lib/short-names.ts, read by short-names.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortCompanyName } from '../../scripts/pack-sources/lib/short-names.ts';

test('the legal form and corporate words at the end of a company name are cut, one or several', () => {
  assert.equal(shortCompanyName('Infineon Technologies'), 'Infineon');
  assert.equal(shortCompanyName('Infineon Technologies AG'), 'Infineon');
  assert.equal(shortCompanyName('NXP Semiconductors'), 'NXP');
  assert.equal(shortCompanyName('Korea Electric Power Corporation'), 'Korea Electric Power');
  assert.equal(shortCompanyName('PTT Public Company Limited'), 'PTT');
  assert.equal(shortCompanyName('Guangzhou Xiaopeng Motors Technology Co'), 'Guangzhou Xiaopeng Motors');
});

test('no short name where nothing is cut, too little is left, or what is left is no name of its own', () => {
  assert.equal(shortCompanyName('Siemens'), null);
  assert.equal(shortCompanyName('EA Group'), null);
  assert.equal(shortCompanyName('Merck & Co.'), null);
  assert.equal(shortCompanyName('Bank of Group'), null);
  assert.equal(shortCompanyName('MSD (UK) Limited'), null);
  assert.equal(shortCompanyName('au Asset Management Corporation'), null);
  assert.equal(shortCompanyName('Incheon International Airport Corporation'), null);
});
