package vn.mttq.sangtao.unit;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.BadInputException;

/** The unit tree over HTTP: read by any signed-in user, imported by administrators. */
@RestController
@Tag(name = "Đơn vị")
@RequestMapping("/api/units")
class UnitController {

  private final UnitService unitService;
  private final UnitImportService importService;
  private final CurrentUser currentUser;

  UnitController(UnitService unitService, UnitImportService importService, CurrentUser currentUser) {
    this.unitService = unitService;
    this.importService = importService;
    this.currentUser = currentUser;
  }

  @GetMapping
  List<UnitView> list(@RequestParam(name = "validOn", required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
    return unitService.list(validOn);
  }

  @GetMapping("/{code}")
  UnitView get(@PathVariable String code) {
    return unitService.get(code);
  }

  @GetMapping("/{code}/children")
  List<UnitView> children(@PathVariable String code, @RequestParam(name = "validOn", required = false)
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
    unitService.get(code);
    return unitService.children(code, validOn);
  }

  /**
   * The CSV as the request body ({@code text/csv}, or as bytes). Not {@code text/plain}: a page of another site can
   * send that without asking the browser first.
   */
  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
      @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "byte")),
      @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string",
          format = "byte"))})
  ImportResult importBody(@Parameter(hidden = true) java.io.InputStream csv) {
    currentUser.requireAdministrator();
    return importService.importCsv(csv);
  }

  /** The CSV as the {@code file} part of a form upload. */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportResult importFile(@RequestPart("file") MultipartFile file) {
    currentUser.requireAdministrator();
    try {
      return importService.importCsv(file.getInputStream());
    } catch (IOException e) {
      throw new BadInputException("Không đọc được tệp tải lên.");
    }
  }
}
