package vn.mttq.sangtao.initiative;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.ForbiddenException;

/** Initiatives over HTTP for staff: submit (JSON, or multipart with files), read, similar ones, attachments. */
@RestController
@RequestMapping("/api/initiatives")
class InitiativeController {

  private final InitiativeService initiatives;
  private final CurrentUser currentUser;

  InitiativeController(InitiativeService initiatives, CurrentUser currentUser) {
    this.initiatives = initiatives;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  InitiativeView submit(@RequestBody InitiativeSubmission submission) {
    return initiatives.submit(submission, List.of(), SubmissionChannel.API, currentUser.id());
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  InitiativeView submitWithFiles(@RequestPart("initiative") InitiativeSubmission submission,
      @RequestPart(name = "files", required = false) List<MultipartFile> files) throws IOException {
    return initiatives.submit(submission, uploads(files), SubmissionChannel.API, currentUser.id());
  }

  @GetMapping("/{id}")
  InitiativeView get(@PathVariable Long id) {
    requireReader(id);
    return initiatives.get(id);
  }

  @GetMapping("/{id}/similar")
  List<NoveltySearch.Similar> similar(@PathVariable Long id, @RequestParam(defaultValue = "5") int limit) {
    requireReader(id);
    return initiatives.similar(id, Math.max(1, Math.min(limit, 20)));
  }

  @GetMapping("/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable Long id, @PathVariable Long attachmentId) {
    requireReader(id);
    InitiativeAttachment file = initiatives.attachment(id, attachmentId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.getContent());
  }

  private void requireReader(Long id) {
    if (!initiatives.mayRead(id, currentUser.id(), currentUser.groupIds(), currentUser.isAdministrator())) {
      throw new ForbiddenException("Chỉ cán bộ của Ủy ban tiếp nhận sáng kiến (hoặc cấp trên) được xem sáng kiến này.");
    }
  }

  static List<Attachments.Upload> uploads(List<MultipartFile> files) throws IOException {
    List<Attachments.Upload> uploads = new ArrayList<>();
    if (files != null) {
      for (MultipartFile file : files) {
        if (!file.isEmpty() || file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank()) {
          uploads.add(new Attachments.Upload(file.getOriginalFilename(), file.getBytes()));
        }
      }
    }
    return uploads;
  }
}
