package cooperation

import (
	"slices"
	"sync"
)

// Sector is a field of cooperation from a controlled, extensible vocabulary
// of lower-case slugs ("digital-economy", "e-commerce"). The known sectors
// are listed by [Sectors]; programs add their own with [RegisterSector].
// Validation warns about a sector that is not registered (rule
// sector.unknown) rather than rejecting it, so data from a newer vocabulary
// still loads.
type Sector string

// The built-in sectors.
const (
	SectorAgriculture        Sector = "agriculture"
	SectorConnectivity       Sector = "connectivity"
	SectorCulture            Sector = "culture"
	SectorCybersecurity      Sector = "cybersecurity"
	SectorDigitalEconomy     Sector = "digital-economy"
	SectorDigitalGovernment  Sector = "digital-government"
	SectorDigitalSkills      Sector = "digital-skills"
	SectorDigitalTransform   Sector = "digital-transformation"
	SectorECommerce          Sector = "e-commerce"
	SectorEconomicRecovery   Sector = "economic-recovery"
	SectorEducation          Sector = "education"
	SectorFinance            Sector = "finance"
	SectorHealth             Sector = "health"
	SectorInfrastructure     Sector = "infrastructure"
	SectorInnovation         Sector = "innovation"
	SectorInvestment         Sector = "investment"
	SectorPayments           Sector = "payments"
	SectorPost               Sector = "post"
	SectorPovertyReduction   Sector = "poverty-reduction"
	SectorSupplyChains       Sector = "supply-chains"
	SectorTelecommunications Sector = "telecommunications"
	SectorTrade              Sector = "trade"
)

var sectors = struct {
	sync.RWMutex
	known map[Sector]bool
}{known: map[Sector]bool{}}

func init() {
	for _, s := range []Sector{SectorAgriculture, SectorConnectivity, SectorCulture, SectorCybersecurity,
		SectorDigitalEconomy, SectorDigitalGovernment, SectorDigitalSkills, SectorDigitalTransform,
		SectorECommerce, SectorEconomicRecovery, SectorEducation, SectorFinance, SectorHealth,
		SectorInfrastructure, SectorInnovation, SectorInvestment, SectorPayments, SectorPost,
		SectorPovertyReduction, SectorSupplyChains, SectorTelecommunications, SectorTrade} {
		sectors.known[s] = true
	}
}

// RegisterSector adds s to the known sectors. It reports an *[IDError] when
// s is not a lower-case slug (the syntax of [ID]). It is safe for concurrent
// use.
func RegisterSector(s Sector) error {
	if err := checkID(string(s)); err != nil {
		return err
	}
	sectors.Lock()
	sectors.known[s] = true
	sectors.Unlock()
	return nil
}

// Known reports whether s is a registered sector.
func (s Sector) Known() bool {
	sectors.RLock()
	defer sectors.RUnlock()
	return sectors.known[s]
}

// Sectors returns the registered sectors, sorted.
func Sectors() []Sector {
	sectors.RLock()
	out := make([]Sector, 0, len(sectors.known))
	for s := range sectors.known {
		out = append(out, s)
	}
	sectors.RUnlock()
	slices.Sort(out)
	return out
}
