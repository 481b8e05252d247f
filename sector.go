package cooperation

import (
	"slices"
)

// Sector is a field of cooperation from a controlled, extensible vocabulary
// of lower-case slugs ("digital-economy", "e-commerce"). The built-in
// sectors are listed by [Sectors]; a program that uses more names them in
// [ValidateOptions.Sectors]. Decoding accepts any sector, so data from a
// newer vocabulary still loads; validation reports one that is neither
// built in nor named in the options as an error (rule sector.unknown).
type Sector string

// The built-in sectors.
const (
	SectorAgriculture           Sector = "agriculture"
	SectorConnectivity          Sector = "connectivity"
	SectorCulture               Sector = "culture"
	SectorCybersecurity         Sector = "cybersecurity"
	SectorDigitalEconomy        Sector = "digital-economy"
	SectorDigitalGovernment     Sector = "digital-government"
	SectorDigitalSkills         Sector = "digital-skills"
	SectorDigitalTransformation Sector = "digital-transformation"
	SectorECommerce             Sector = "e-commerce"
	SectorEconomicRecovery      Sector = "economic-recovery"
	SectorEducation             Sector = "education"
	SectorFinance               Sector = "finance"
	SectorHealth                Sector = "health"
	SectorInfrastructure        Sector = "infrastructure"
	SectorInnovation            Sector = "innovation"
	SectorInvestment            Sector = "investment"
	SectorPayments              Sector = "payments"
	SectorPost                  Sector = "post"
	SectorPovertyReduction      Sector = "poverty-reduction"
	SectorSupplyChains          Sector = "supply-chains"
	SectorTelecommunications    Sector = "telecommunications"
	SectorTrade                 Sector = "trade"
)

// builtinSectors are the sectors above, sorted.
var builtinSectors = []Sector{SectorAgriculture, SectorConnectivity, SectorCulture, SectorCybersecurity,
	SectorDigitalEconomy, SectorDigitalGovernment, SectorDigitalSkills, SectorDigitalTransformation,
	SectorECommerce, SectorEconomicRecovery, SectorEducation, SectorFinance, SectorHealth,
	SectorInfrastructure, SectorInnovation, SectorInvestment, SectorPayments, SectorPost,
	SectorPovertyReduction, SectorSupplyChains, SectorTelecommunications, SectorTrade}

// Known reports whether s is one of the built-in sectors.
func (s Sector) Known() bool {
	_, ok := slices.BinarySearch(builtinSectors, s)
	return ok
}

// Sectors returns the built-in sectors, sorted. The result is a copy.
func Sectors() []Sector { return slices.Clone(builtinSectors) }
