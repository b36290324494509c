package vn.mttq.sangtao.award;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

  Optional<Assessment> findByUnitIdAndFromYearAndToYear(Long unitId, int fromYear, int toYear);
}
