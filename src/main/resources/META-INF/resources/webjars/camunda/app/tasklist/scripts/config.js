/* Sáng tạo — Tasklist ("Việc cần làm"): Vietnamese first, dates as dd/MM/yyyy in Vietnam's time, forms in Vietnamese. */
export default {
  app: {
    name: 'Việc cần làm',
    vendor: 'Sáng tạo ·'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  customScripts: ['../sangtao/vietnam-time', '../sangtao/vietnamese-forms', '../sangtao/tasklist-tidy', '../sangtao/notices', '../sangtao/pickers'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
