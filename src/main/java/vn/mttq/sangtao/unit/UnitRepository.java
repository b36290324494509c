package vn.mttq.sangtao.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

  Optional<Unit> findByCode(String code);

  List<Unit> findByParentCodeOrderByCode(String parentCode);

  @Query("select u from Unit u left join fetch u.parent")
  List<Unit> findAllWithParent();

  /** Every unit with its parent's code, for validating an import against the whole tree at once. */
  @Query("select new vn.mttq.sangtao.unit.UnitNode(u.code, p.code, u.validFrom, u.validTo)"
      + " from Unit u left join u.parent p")
  List<UnitNode> findAllNodes();

  /** Every unit with its type and parent, in one query: what the in-memory tree is built from. */
  @Query("select u from Unit u join fetch u.type left join fetch u.parent")
  List<Unit> findAllWithTypeAndParent();

  /** The roots of the tree (the central committee). */
  List<Unit> findByParentIsNull();
}
