// Page-wide helpers called from Blazor: the language switch (cookie for the next visit, the <html lang> attribute now).
window.logisticsApp = {
  setLanguage(code, htmlLang) {
    document.cookie = `lang=${code}; path=/; max-age=${365 * 24 * 3600}; samesite=lax`;
    document.documentElement.lang = htmlLang;
  },
};
