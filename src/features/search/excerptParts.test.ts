import { excerptParts } from './excerptParts';

describe('excerptParts', () => {
  it('marks the words Pagefind wrapped in <mark>', () => {
    expect(excerptParts('The <mark>kimchi</mark> season in <mark>Seoul</mark>.')).toEqual([
      { text: 'The ', isMatch: false },
      { text: 'kimchi', isMatch: true },
      { text: ' season in ', isMatch: false },
      { text: 'Seoul', isMatch: true },
      { text: '.', isMatch: false },
    ]);
  });

  it('keeps any other markup as text', () => {
    expect(excerptParts('<img src=x onerror=alert(1)> <mark><b>fish</b></mark> &amp;')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', isMatch: false },
      { text: '<b>fish</b>', isMatch: true },
      { text: ' &amp;', isMatch: false },
    ]);
  });

  it('joins neighbouring marks into one', () => {
    expect(excerptParts('<mark>North</mark><mark> Korea</mark>')).toEqual([
      { text: 'North Korea', isMatch: true },
    ]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
