/*
 * Sáng tạo — every date the webapps show is in Vietnam's time (Asia/Ho_Chi_Minh, UTC+7, no summer time), whatever
 * zone the computer is set to. The webapps format dates in the computer's zone, so each date is moved by the
 * difference before it is formatted.
 */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

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
