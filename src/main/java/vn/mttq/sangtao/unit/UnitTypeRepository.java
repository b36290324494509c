package vn.mttq.sangtao.unit;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitTypeRepository extends JpaRepository<UnitType, String> {
}
