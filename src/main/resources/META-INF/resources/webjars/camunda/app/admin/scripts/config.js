/* Sáng tạo — Admin ("Quản trị"): Vietnamese first, dates as dd/MM/yyyy in Vietnam's time. */
export default {
  app: {
    name: 'Quản trị',
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
  customScripts: ['../sangtao/vietnam-time'],
  disableWelcomeMessage: true
};
