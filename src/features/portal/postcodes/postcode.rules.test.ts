import { describe, expect, it } from 'vitest';
import { readBuurtCodes, readPostcodes, splitCsvLine } from './postcode-csv.rules.ts';
import { buurtenFor, normalisePostcode, readWanted, streetKey } from './postcode.rules.ts';

describe('postcode normalisation', () => {
  it('reads any spacing and case as one postcode', () => {
    for (const typed of ['3581 AB', '3581ab', ' 3581  AB ', '3581 aB', '3581\tAB']) expect(normalisePostcode(typed)).toBe('3581AB');
  });

  it('refuses what is not a Dutch postcode', () => {
    for (const typed of ['0581 AB', '358 AB', '35811AB', '3581 A', '3581 SS', '3581 SA', '3581 SD', 'ABCD 12', '']) {
      expect(normalisePostcode(typed)).toBeNull();
    }
  });
});

describe('what a resident typed', () => {
  it('tells a postcode, a postcode with a house number, digits only, a wrong postcode and a street apart', () => {
    expect(readWanted(' 3581  ab ')).toEqual({ kind: 'postcode', postcode: '3581AB', number: null });
    expect(readWanted('3582AB 12a')).toEqual({ kind: 'postcode', postcode: '3582AB', number: 12 });
    expect(readWanted('3581')).toEqual({ kind: 'digitsOnly' });
    expect(readWanted('12345')).toEqual({ kind: 'notPostcode' });
    expect(readWanted('3581 SS')).toEqual({ kind: 'notPostcode' });
    expect(readWanted('   ')).toEqual({ kind: 'empty' });
    expect(readWanted('Voorbeeldsingel 25')).toEqual({ kind: 'street', street: 'voorbeeldsingel', number: 25 });
    expect(readWanted('Burg. Reiger-straat')).toEqual({ kind: 'street', street: 'burg reiger straat', number: null });
  });

  it('compares streets without case, accents or double spaces', () => {
    expect(streetKey('  Pieter  de Hoochstraat ')).toBe(streetKey('pieter de hoochstraat'));
    expect(streetKey('Café-laan')).toBe('cafe laan');
  });
});

describe('choosing the buurt', () => {
  const rows = [
    { postcode: '3582AB', numberFrom: 1, numberTo: 20, streetKey: 's', buurtId: 'oudwijk' },
    { postcode: '3582AB', numberFrom: 21, numberTo: 40, streetKey: 's', buurtId: 'abstede' },
  ];

  it('picks by house number, and offers both without one', () => {
    expect(buurtenFor(rows, 12)).toEqual(['oudwijk']);
    expect(buurtenFor(rows, 21)).toEqual(['abstede']);
    expect(buurtenFor(rows, null)).toEqual(['oudwijk', 'abstede']);
    expect(buurtenFor(rows, 99)).toEqual([]);
  });
});

describe('the CSV tables', () => {
  const buurten = [
    { id: 'b1', name: 'Oudwijk', slug: 'oudwijk' },
    { id: 'b2', name: 'Abstede', slug: 'abstede' },
  ];

  it('splits by comma or semicolon and keeps quoted separators', () => {
    expect(splitCsvLine('a, "b,c" ,"d ""e"""', ',')).toEqual(['a', 'b,c', 'd "e"']);
    expect(splitCsvLine('3581 AB;;;Straat;X', ';')).toEqual(['3581 AB', '', '', 'Straat', 'X']);
  });

  it('reads codes and postcodes, columns in any order and case', () => {
    const codes = readBuurtCodes('Buurt;BuurtCode\nOudwijk;bu1\nabstede;BU2\n', buurten);
    expect(codes.problems).toEqual([]);
    expect([...codes.codes]).toEqual([
      ['BU1', 'b1'],
      ['BU2', 'b2'],
    ]);
    const read = readPostcodes(
      'straat,postcode,buurtcode,huisnummer_van,huisnummer_tot\nLaan,3582ab,BU1,1,20\n\nLaan,3582 AB,BU2,,\n',
      codes.codes,
    );
    expect(read.problems).toEqual([]);
    expect(read.places.map((p) => [p.postcode, p.numberFrom, p.numberTo, p.buurtId])).toEqual([
      ['3582AB', 1, 20, 'b1'],
      ['3582AB', null, null, 'b2'],
    ]);
  });

  it('names every wrong line with its number', () => {
    const codes = new Map([['BU1', 'b1']]);
    const text =
      'postcode,huisnummer_van,huisnummer_tot,straat,buurtcode\n3581 AB,,,Laan,BU1\n0000 AA,,,Laan,BU1\n3581 AC,5,,Laan,BU1\n3581 AD,,,,BU9\n';
    const lines = readPostcodes(text, codes).problems.map((p) => [p.line, p.code]);
    expect(lines).toEqual([
      [3, 'portal.postcodes.csv.badPostcode'],
      [4, 'portal.postcodes.csv.badNumbers'],
      [5, 'portal.postcodes.csv.badStreet'],
      [5, 'portal.postcodes.csv.unknownCode'],
    ]);
    expect(readPostcodes('postcode,straat\n3581 AB,Laan', codes).problems).toEqual([
      { line: 1, code: 'portal.postcodes.csv.header', params: { columns: 'postcode, straat, buurtcode' } },
    ]);
    expect(
      readBuurtCodes('buurtcode,buurt\nBU1,Oudwijk\nBU1,Abstede\nBU 3,Nergens\n', buurten).problems.map((p) => [p.line, p.code]),
    ).toEqual([
      [3, 'portal.postcodes.csv.doubleCode'],
      [4, 'portal.postcodes.csv.badCode'],
      [4, 'portal.postcodes.csv.unknownBuurt'],
    ]);
  });
});
