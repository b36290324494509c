/*
 * Sáng tạo — "Thông báo" in Tasklist's header: the signed-in person's notices (GET /api/notices) with the number
 * not read yet beside the bell, and each notice's document a click away (the plan received, the award's
 * certificate). Opening the list marks what it shows as read (POST /api/notices/read) for this person only.
 */
const angular = window.angular;

const LIST = '<div class="modal-header"><h3 class="modal-title">Thông báo</h3></div>'
  + '<div class="modal-body sangtao-notices">'
  + '<p ng-if="!notices.length && loaded">Chưa có thông báo nào.</p>'
  + '<p ng-if="failed">Không tải được thông báo. Hãy thử lại.</p>'
  + '<div class="sangtao-notice" ng-repeat="n in notices" ng-class="{\'sangtao-unread\': !n.read}">'
  + '<div class="sangtao-notice-title">{{ n.title }}</div>'
  + '<div class="sangtao-notice-when">{{ n.createdAt | camDate }}</div>'
  + '<div class="sangtao-notice-body">{{ n.body }}</div>'
  + '<a ng-if="n.link" class="sangtao-notice-link" ng-href="{{ n.link }}" target="_blank" rel="noopener">'
  + '{{ n.linkLabel }}</a>'
  + '</div></div>'
  + '<div class="modal-footer"><button class="btn btn-default" ng-click="$close()">Đóng</button></div>';

if (angular) {
  let app = null;
  try {
    app = angular.module('cam.tasklist');
  } catch (notTasklist) {
    app = null;
  }
  if (app) {
    app.config(['ViewsProvider', function (views) {
      views.registerDefaultView('tasklist.navbar.action', {
        id: 'sangtao-notices',
        priority: 300,
        template: '<a href class="sangtao-notices-action" ng-click="open()">'
          + '<span class="glyphicon glyphicon-bell"></span> Thông báo'
          + '<span class="sangtao-count" ng-if="unread > 0">{{ unread }}</span></a>',
        controller: ['$scope', '$http', '$uibModal', '$interval', function ($scope, $http, $uibModal, $interval) {
          $scope.unread = 0;
          function count() {
            $http.get('/api/notices/unread').then(function (answer) {
              $scope.unread = answer.data.unread;
            }, function () { /* the count stays as it was */ });
          }
          $scope.open = function () {
            $uibModal.open({
              size: 'lg',
              template: LIST,
              controller: ['$scope', function (list) {
                list.notices = [];
                list.loaded = false;
                $http.get('/api/notices?limit=50').then(function (answer) {
                  list.notices = answer.data;
                  list.loaded = true;
                  const unread = answer.data.filter(function (n) { return !n.read; }).map(function (n) { return n.id; });
                  if (unread.length) {
                    $http.post('/api/notices/read', { ids: unread }).then(function (read) {
                      $scope.unread = read.data.unread;
                    });
                  }
                }, function () {
                  list.failed = true;
                });
              }]
            }).result.catch(function () { /* closed */ });
          };
          count();
          const every = $interval(count, 60000);
          $scope.$on('$destroy', function () { $interval.cancel(every); });
        }]
      });
    }]);
  }
}

export default [];
