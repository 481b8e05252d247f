package cooperation

import (
	"github.com/coopframe/cooperation/edtf"
	"github.com/coopframe/cooperation/internal/enum"
	"github.com/coopframe/cooperation/names"
	"github.com/coopframe/cooperation/quantity"
)

// InitiativeKind says what kind of framework an [Initiative] is.
type InitiativeKind uint8

// The kinds of initiative. The zero InitiativeKind is invalid. In JSON
// each is its name: "initiative", "corridor", "strategy", "framework",
// "action-plan", "master-plan", "programme", "project", "fund",
// "platform", "relationship", "component".
const (
	InitiativeUnknown      InitiativeKind = iota // not set: invalid
	InitiativeInitiative                         // a broad initiative (the Belt and Road Initiative)
	InitiativeCorridor                           // an economic corridor (China-Myanmar Economic Corridor)
	InitiativeStrategy                           // a national or regional strategy (Pentagonal Strategy)
	InitiativeFramework                          // a framework (ASEAN Comprehensive Recovery Framework)
	InitiativeActionPlan                         // an action plan for a period (CLMV Action Plan 2021-2022)
	InitiativeMasterPlan                         // a master plan (MPAC 2025)
	InitiativeProgramme                          // a programme of activities
	InitiativeProject                            // a project
	InitiativeFund                               // a fund
	InitiativePlatform                           // a platform, hub or centre
	InitiativeRelationship                       // a named bilateral relationship (Pauk-Phaw)
	InitiativeComponent                          // a component of a larger initiative (see PartOf)
)

var initiativeKinds = enum.Names[InitiativeKind]{Type: "InitiativeKind", Names: []string{
	"", "initiative", "corridor", "strategy", "framework", "action-plan", "master-plan", "programme",
	"project", "fund", "platform", "relationship", "component",
}}

// String returns the kind's name as used in JSON ("action-plan").
func (k InitiativeKind) String() string { return initiativeKinds.String(k) }

// MarshalText implements [encoding.TextMarshaler].
func (k InitiativeKind) MarshalText() ([]byte, error) { return marshalEnum(initiativeKinds, k) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *InitiativeKind) UnmarshalText(b []byte) error { return unmarshalEnum(initiativeKinds, b, k) }

// Initiative is a framework cooperation happens under: an initiative,
// corridor, strategy, plan, programme, project, fund or platform.
type Initiative struct {
	ID    ID             `json:"id"`
	Kind  InitiativeKind `json:"kind"`
	Names names.Names    `json:"names"`
	// Period is when the initiative runs ("2021/2022", "2013/..").
	Period edtf.Date `json:"period,omitzero"`
	// Announced and Adopted are when it was first announced or proposed and
	// when it was formally adopted or launched.
	Announced edtf.Date `json:"announced,omitzero"`
	// AnnouncedBy is the actor who announced it.
	AnnouncedBy ID        `json:"announced_by,omitempty"`
	Adopted     edtf.Date `json:"adopted,omitzero"`
	// Leads own or lead the initiative; Participants take part.
	Leads        []ID `json:"leads,omitempty"`
	Participants []ID `json:"participants,omitempty"`
	// PartOf is the initiative this one is a component of (the four parts
	// of the China-ASEAN Information Harbor).
	PartOf ID `json:"part_of,omitempty"`
	// Implements lists initiatives this one puts into practice.
	Implements []ID `json:"implements,omitempty"`
	// AlignsWith lists initiatives whose goals this one shares.
	AlignsWith []ID `json:"aligns_with,omitempty"`
	// Supersedes is the initiative this one replaces (the previous action plan).
	Supersedes  ID           `json:"supersedes,omitempty"`
	Location    ID           `json:"location,omitempty"`
	Sectors     []Sector     `json:"sectors,omitempty"`
	Targets     []Target     `json:"targets,omitempty"`
	Commitments []Commitment `json:"commitments,omitempty"`
	Amounts     []Amount     `json:"amounts,omitempty"`
	// Related lists other entities the sources tie the initiative to
	// without a more precise relation.
	Related []ID `json:"related,omitempty"`
	// Progress records the stages the sources report, each as of a date
	// ("under construction" as of 2015-09-14).
	Progress []Progress `json:"progress,omitempty"`
	// Counts are other stated figures about the initiative ("34 projects").
	Counts  []quantity.Quantity `json:"counts,omitempty"`
	Claims  []Claim             `json:"claims,omitempty"`
	Note    string              `json:"note,omitempty"`
	Sources []ID                `json:"sources,omitempty"`
}

// Target is a goal to reach by a deadline: "100 percent high-speed Internet
// coverage in urban areas by 2025", "a high-income country by 2050".
type Target struct {
	// Metric says what is measured or achieved.
	Metric string `json:"metric"`
	// Subject is the actor the target is about (Cambodia).
	Subject ID `json:"subject,omitempty"`
	// Scope narrows the metric ("urban areas").
	Scope string `json:"scope,omitempty"`
	// Value is the figure to reach; zero when the target is not numeric.
	Value    quantity.Quantity `json:"value,omitzero"`
	Deadline edtf.Date         `json:"deadline,omitzero"`
	Sources  []ID              `json:"sources,omitempty"`
}

// Commitment is an undertaking by an actor: "China will continue to help
// Cambodia reach its coverage goals".
type Commitment struct {
	By       ID        `json:"by"`
	Action   string    `json:"action"`
	Deadline edtf.Date `json:"deadline,omitzero"`
	Sources  []ID      `json:"sources,omitempty"`
}

// Stage is how far an initiative has got, as a source reports it.
type Stage uint8

// The stages. The zero Stage is invalid. In JSON each is its name:
// "proposed", "planned", "under-construction", "in-progress",
// "completed", "suspended", "cancelled".
const (
	StageUnknown           Stage = iota // not set: invalid
	StageProposed                       // proposed or announced, not yet decided
	StagePlanned                        // decided and planned ("in the pipeline")
	StageUnderConstruction              // being built or set up
	StageInProgress                     // being implemented
	StageCompleted                      // finished, in operation
	StageSuspended                      // halted
	StageCancelled                      // abandoned
)

var stages = enum.Names[Stage]{Type: "Stage", Names: []string{
	"", "proposed", "planned", "under-construction", "in-progress", "completed", "suspended", "cancelled",
}}

// String returns the stage's name as used in JSON.
func (s Stage) String() string { return stages.String(s) }

// MarshalText implements [encoding.TextMarshaler].
func (s Stage) MarshalText() ([]byte, error) { return marshalEnum(stages, s) }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Stage) UnmarshalText(b []byte) error { return unmarshalEnum(stages, b, s) }

// Progress is a stage an initiative was reported to be at on a date. It is
// an observation, not a derived status: a later source may report a later
// stage.
type Progress struct {
	Stage   Stage     `json:"stage"`
	AsOf    edtf.Date `json:"as_of"`
	Sources []ID      `json:"sources,omitempty"`
}

// Amount is a sum of money with the equivalents the source states beside it
// ("20.9 billion yuan (3.3 billion U.S. dollars)"): Quantity is the amount
// as first stated, and each equivalent is another currency's figure, never
// computed from exchange rates.
type Amount struct {
	quantity.Quantity
	Equivalents []quantity.Quantity `json:"equivalents,omitempty"`
	Purpose     string              `json:"purpose,omitempty"` // what the money is for
	Sources     []ID                `json:"sources,omitempty"`
}
