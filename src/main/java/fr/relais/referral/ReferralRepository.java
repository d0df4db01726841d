package fr.relais.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ReferralRepository extends CrudRepository<Referral, UUID> {

  @Query("select * from referral where process_instance_key is null and submitted_at < :before order by submitted_at limit 50")
  List<Referral> findNotStartedBefore(Instant before);

  @Query("select * from referral where structure_id = :structureId order by submitted_at desc limit 200")
  List<Referral> findByStructure(UUID structureId);

  @Query("select * from referral where department_code = :department order by submitted_at desc limit 200")
  List<Referral> findByDepartment(String department);

  @Query("select r.* from referral r where exists (select 1 from referral_candidate c"
      + " where c.referral_id = r.id and c.candidate_group in (:groups)) order by r.submitted_at desc limit 200")
  List<Referral> findOfferedToAny(List<String> groups);

  Optional<Referral> findByReference(String reference);

  @Query("select * from referral order by submitted_at desc limit 200")
  List<Referral> findLatest();

  @Query("select candidate_group from referral_candidate where referral_id = :id")
  List<String> candidateGroups(UUID id);

  @Modifying
  @Query("insert into referral_candidate (referral_id, candidate_group, since) values (:id, :candidateGroup, :since)"
      + " on conflict do nothing")
  int addCandidate(UUID id, String candidateGroup, Instant since);

  @Modifying
  @Query("update referral set process_instance_key = :instanceKey where id = :id")
  int markStarted(UUID id, long instanceKey);

  @Modifying
  @Query("update referral set wait_element = :elementId where id = :id")
  int waitAt(UUID id, String elementId);

  @Modifying
  @Query("insert into routing_gap (id, referral_id, operator_code, department_code, detected_at)"
      + " values (:gapId, :id, :operator, :department, :at) on conflict do nothing")
  int recordRoutingGap(UUID gapId, UUID id, String operator, String department, Instant at);
}
