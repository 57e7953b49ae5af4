// The `stopword` package's ES module build (the same lists as its CommonJS main file); the
// lists used here, by ISO 639-3 code.
declare module 'stopword/dist/stopword.esm.mjs' {
  export const ces: string[], dan: string[], deu: string[], eng: string[], fin: string[], fra: string[];
  export const hun: string[], ita: string[], nld: string[], nob: string[], pol: string[], por: string[];
  export const ron: string[], rus: string[], spa: string[], swe: string[], tur: string[], ukr: string[];
}
