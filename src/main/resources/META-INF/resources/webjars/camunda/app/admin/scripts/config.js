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
  customScripts: ['../sangtao/vietnam-time'],
  disableWelcomeMessage: true
};
