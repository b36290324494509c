package vn.mttq.sangtao.initiative;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InitiativeAttachmentRepository extends JpaRepository<InitiativeAttachment, Long> {

  /** The files of an initiative, without their content. */
  @Query("select new vn.mttq.sangtao.initiative.InitiativeView$Attachment(a.id, a.file.fileName,"
      + " a.file.contentType, a.file.sizeBytes) from InitiativeAttachment a where a.initiativeId = ?1 order by a.id")
  List<InitiativeView.Attachment> listOf(Long initiativeId);
}
