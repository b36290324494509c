/*
 * Sáng tạo — every date the webapps show is in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7, no summer time), whatever
 * zone the computer is set to. The webapps format dates in the computer's zone, so each date is moved by the
 * difference before it is formatted, and formatted as dd/MM/yyyy.
 */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * The named formats the webapps ask for, as Vietnamese write dates (Cockpit sets its own, ISO-like, over those of
 * its configuration: these are set after it).
 */
const FORMATS = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'dddd, DD/MM/YYYY HH:mm',
  short: 'DD/MM/YYYY'
};

export function inVietnam(value) {
  if (value === null || value === undefined || value === '') {
    return value;
  }
  const date = value instanceof Date ? value : new Date(String(value).replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  if (isNaN(date.getTime())) {
    return value;
  }
  return new Date(date.getTime() + (VIETNAM_OFFSET_MINUTES + date.getTimezoneOffset()) * 60000);
}

const angular = window.angular;
if (angular) {
  ['cam.tasklist', 'cam.cockpit', 'cam.admin'].forEach(function (name) {
    let app;
    try {
      app = angular.module(name);
    } catch (notThisApp) {
      return;
    }
    app.config(['camDateFormatProvider', function (formats) {
      Object.keys(FORMATS).forEach(function (name) {
        formats.setDateFormat(FORMATS[name], name);
      });
    }]);
    app.config(['$provide', function ($provide) {
      $provide.decorator('camDateFilter', ['$delegate', function ($delegate) {
        return function (date, format) {
          return $delegate(inVietnam(date), format);
        };
      }]);
    }]);
  });
}

export default [];
