/*
 * Sáng tạo — Cockpit ("Giám sát"): Vietnamese first, dates as dd/MM/yyyy in Vietnam's time (the formats are set by
 * ../sangtao/vietnam-time), and the supervisor's overview of the movement ("Tổng quan phong trào") in the header.
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
  customScripts: ['../sangtao/vietnam-time', 'scripts/sangtao-overview'],
  disableWelcomeMessage: true
};
