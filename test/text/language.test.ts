import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';
import { clean } from '../../src/index.js';

describe('detectLanguage', () => {
  it('tells languages apart from their longer lines', () => {
    expect(detectLanguage(['Die Bundesregierung hat am Dienstag beschlossen, die Förderung für Elektroautos bis zum Ende des Jahres zu verlängern.'])).toBe('de');
    expect(detectLanguage(['Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs touchés par la sécheresse de cet été.'])).toBe('fr');
    expect(detectLanguage(['El Gobierno aprobó este martes una nueva ley de vivienda que limita el precio de los alquileres en las zonas tensionadas.'])).toBe('es');
  });
  it('reads the longest lines wherever they stand in a long document', () => {
    const menu = Array.from({ length: 5000 }, (_, i) => `Home News Sport Weather Business and Culture ${i}`);
    const french = 'Le gouvernement a annoncé mardi une nouvelle aide pour les agriculteurs touchés par la sécheresse de cet été.';
    expect(detectLanguage([...menu, ...Array(10).fill(french), ...menu])).toBe('fr');
    expect(detectLanguage(menu)).toBe('en');
  });
  it('says nothing about too little text', () => {
    expect(detectLanguage(['Home', 'News'])).toBeUndefined();
  });
  it('gives the language in the result', () => {
    const text = 'Il consiglio comunale ha approvato martedì sera il bilancio per il prossimo anno, con nuovi fondi per le scuole e per la manutenzione delle strade.';
    expect(clean(text).lang).toBe('it');
    expect(clean(text, { lang: 'en' }).lang).toBe('en');
  });
});
