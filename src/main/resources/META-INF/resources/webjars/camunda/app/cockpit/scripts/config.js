/*
 * Sáng tạo — Cockpit ("Giám sát"): Vietnamese first, dates as dd/MM/yyyy in Vietnam's time, and the supervisor's
 * overview of the movement ("Tổng quan phong trào") in the header.
 */
export default {
  app: {
    name: 'Giám sát',
    vendor: 'Sáng tạo ·'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },
  customScripts: ['../sangtao/vietnam-time', 'scripts/sangtao-overview'],
  disableWelcomeMessage: true
};
