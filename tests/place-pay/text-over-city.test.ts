// Bug: a board's city won over a posting's own words about who may apply. RemoteOK postings
// with the location "London" and the text "Remote (EU/UK) … Based in the EU or UK" said "open to
// residents of the United Kingdom". A city names an office, not who may apply: where a remote
// posting's text states the regions or countries, that statement wins over a city-only field.
import { describe, expect, it } from 'vitest';
import { decidePlace, type PlaceInput } from '../../lib/place';
import { findOpenToInText } from '../../lib/place/text';

const remote = (location: string, text: string): PlaceInput => ({
  source: 'remoteok',
  location,
  workplace: 'remote',
  hints: { region: location },
  text,
});

describe('who may apply: the text over a city-only location field', () => {
  it('reads "Remote (EU/UK)" in a posting’s heading line as EU and the UK', () => {
    expect(findOpenToInText('Contract | 10–20 hrs/week | Remote (EU/UK)')).toMatchObject({ regions: ['EU'], countries: ['GB'] });
  });

  it('leaves a bracket that names no place alone', () => {
    expect(findOpenToInText('Freelance | Remote (flexible hours)')).toBeNull();
  });

  it('takes the text’s EU-or-UK over the board’s "London"', () => {
    const place = decidePlace(
      remote('London', 'Freelance | 10 hrs/week | Remote (EU/UK)\nWe want an SEO writer. Candidates must be based in the EU or UK.'),
    );
    expect(place.openTo).toEqual({ worldwide: false, regions: ['EU'], countries: ['GB'] });
    // The office stays where the board put it.
    expect(place.location).toEqual({ country: 'GB', city: 'London' });
  });

  it('keeps the city’s country when the text says nothing about who may apply', () => {
    expect(decidePlace(remote('London', 'We want an SEO writer for our blog.')).openTo).toEqual({
      worldwide: false,
      regions: [],
      countries: ['GB'],
    });
  });

  it('keeps a restriction field over the text: "USA Only" is not a bare city', () => {
    expect(decidePlace(remote('USA Only', 'Candidates must be based in the EU or UK.')).openTo).toEqual({
      worldwide: false,
      regions: [],
      countries: ['US'],
    });
  });
});
