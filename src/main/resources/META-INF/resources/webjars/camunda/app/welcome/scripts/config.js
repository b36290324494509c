/* Sáng tạo — the welcome page: Vietnamese first, with the movement's own links. */
export default {
  app: {
    name: 'Trang chủ',
    vendor: 'Sáng tạo ·'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  links: [
    {
      label: 'Tổng quan phong trào',
      href: '../../cockpit/default/#/tong-quan',
      description: 'Đơn vị đúng hạn, nộp muộn, chưa nộp báo cáo; sáng kiến đã gửi và được công nhận'
    },
    {
      label: 'Tra cứu sáng kiến',
      href: '/sang-kien/',
      description: 'Gửi và theo dõi sáng kiến bằng mã theo dõi'
    }
  ],
  disableWelcomeMessage: true
};
